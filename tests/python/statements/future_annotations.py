from __future__ import annotations
def f(a: int, b: 'list[str]' = None) -> SomeUndefinedType:
    return a
print(f.__annotations__)
class C:
    x: NotDefinedEither
    y: int = 3
print(C.__annotations__, f(1))

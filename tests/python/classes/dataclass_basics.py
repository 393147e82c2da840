from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1)
print(p, p == P(1, 0, []), p != P(2))
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'z'
f = F(1)
print(f < F(2), sorted([F(3), F(1, 'a'), F(1)]), hash(f) == hash(F(1)))
try:
    f.a = 5
except Exception as e:
    print(type(e).__name__, e)

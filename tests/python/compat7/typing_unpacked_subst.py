# Substituting type parameters of a GenericAlias as CPython 3.11's
# _Py_subs_parameters: unpacked tuples spread, TypeVarTuple regrouping
# (__typing_prepare_subst__), and the errors. A union's __module__ is types.
from typing import *
T = TypeVar('T'); T1 = TypeVar('T1'); T2 = TypeVar('T2')
Ts = TypeVarTuple('Ts')
class C(Generic[T]): pass
tests = [
 "list[T][int]", "list[T][*tuple[int]]", "list[T][*Tuple[int]]", "dict[T1, T2][*tuple[int, str]]",
 "dict[T1, T2][int, *tuple[str]]", "dict[T1, T2][*tuple[()], *tuple[int, str]]",
 "tuple[*Ts][()]", "tuple[*Ts][int, str]", "tuple[*Ts][str, *tuple[int, ...], bool]",
 "tuple[*Ts][tuple[int, ...], tuple[str, ...]]", "list[T][()]", "list[T][int, str]",
 "list[T][*tuple[int, str]]", "list[T][*Ts]", "list[T, *tuple[int, ...]][int]",
 "tuple[T, *Ts][int, str, bytes]", "tuple[list[T], *Ts][int]", "dict[T, list[*Ts]][int, str, bytes]",
 "tuple[*Ts, T][int]", "tuple[*Ts, T][()]", "C[T][int]", "list[T][T1][str]", "list[T] | int", "(list[T] | int)[str]",
 "Callable[[T], T][int]", "tuple[*Ts][*tuple[int, ...]]", "tuple[T, *Ts][*tuple[int, ...]]",
]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '->', type(e).__name__, e)
print((int | str).__module__, (list[int] | None).__module__)
print(Annotated[int | float, 'meta'])
try:
    (int | str).nothing
except AttributeError as e:
    print(type(e).__name__, e)

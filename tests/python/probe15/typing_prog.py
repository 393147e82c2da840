# typing introspection used by frameworks: get_type_hints, get_origin/get_args, Protocol with
# runtime_checkable, TypedDict totality, NamedTuple defaults/methods, Generic subscripting,
# Annotated, Literal, overload, cast, TypeVar bounds, ParamSpec and reprs.
from __future__ import annotations
import typing as t
from typing import (Any, Annotated, Callable, ClassVar, Dict, Final, Generic, List, Literal,
    NamedTuple, Optional, Protocol, Tuple, TypedDict, TypeVar, Union, get_args, get_origin,
    get_type_hints, runtime_checkable, overload, cast, NewType, ParamSpec, Concatenate)
import collections.abc as cabc

T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound="Shape")
P = ParamSpec("P")
UserId = NewType("UserId", int)

class Shape:
    name: str
    sides: int = 0
    registry: ClassVar[Dict[str, int]] = {}
    limit: Final = 3

class Movie(TypedDict):
    title: str
    year: int

class PartialMovie(TypedDict, total=False):
    rating: float

class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 0
    def raise_(self, pct: int) -> "Employee":
        return self._replace(salary=self.salary * (100 + pct) // 100)

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

class SupportsArea(Protocol):
    def area(self) -> float: ...

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item

class IntBox(Box[int]):
    pass

def f(a: int, b: Optional[str] = None, *args: Tuple[int, ...], cb: Callable[[int], str] | None = None, **kw: Any) -> List[int]:
    return []

def g(x: Annotated[int, "meta", 3], y: Literal["a", "b"]) -> Union[int, str]: ...

@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return str(x) if isinstance(x, int) else int(x)

print(get_type_hints(Shape))
print(get_type_hints(f))
print(get_type_hints(g), get_type_hints(g, include_extras=True)["x"])
print(get_type_hints(Movie), Movie.__required_keys__, PartialMovie.__optional_keys__, Movie.__total__, PartialMovie.__total__)
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m), Movie(title="X", year=1))
e = Employee("ann", salary=100)
print(e, e.raise_(10), e._fields, e._field_defaults, Employee._make(["b", "ops", 1]), e._asdict())
print(Employee.__annotations__)
class F:
    def close(self): pass
print(isinstance(F(), Closeable), isinstance(1, Closeable), issubclass(F, Closeable))
try:
    isinstance(F(), SupportsArea)
except TypeError as e:
    print("TypeError", e)
for tp in (List[int], Dict[str, List[int]], Optional[int], Union[int, str, None], Callable[[int, str], bool],
           Callable[..., int], Tuple[int, ...], Literal[1, "x"], Annotated[int, "m"], int | str, list[int],
           cabc.Callable[[int], str], type[int], Box[int], Final[int], ClassVar[int], Callable[P, int],
           Callable[Concatenate[int, P], int]):
    print(repr(tp), get_origin(tp), get_args(tp))
print(Box[int], IntBox.__orig_bases__, IntBox(5).get(), Box.__parameters__, Generic in Box.__mro__)
print(conv(3), conv("4"), cast(int, "s"), UserId(5), UserId.__name__, repr(UserId), T, N.__constraints__, B.__bound__, P, P.args, P.kwargs)
print(t.get_overloads(conv) and len(t.get_overloads(conv)), t.is_typeddict(Movie), t.is_typeddict(dict))
print(repr(Optional[List["Shape"]]), t.ForwardRef("Shape"), t.Any, t.NoReturn, t.Self, t.LiteralString, t.Never)
try:
    Box[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
print(Union[int, int], Union[int, Union[str, int]], Optional[Union[int, None]], Literal[1, 1, 2])
print(f.__annotations__["return"], t.TYPE_CHECKING, t.assert_type(3, int), t.reveal_type.__name__)
class Node(t.TypedDict):
    val: int
    children: t.List["Node"]
print(get_type_hints(Node))
print(Callable[[int], str] == cabc.Callable[[int], str], List[int] == list[int], hash(List[int]) == hash(List[int]))

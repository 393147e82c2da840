# Data-structure and functional modules: collections, collections.abc,
# heapq, bisect, copy, copyreg, dataclasses, enum, typing, types, abc,
# numbers, functools, itertools, operator, weakref, gc, graphlib,
# contextlib, contextvars, queue, array, pickle, pickletools, shelve, dbm.
import io
import os
import sys
import tempfile


def section(fn):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, "ERROR", type(e).__name__, e)
    return fn


@section
def collections_():
    import collections
    import collections.abc as cabc
    c = collections.Counter("abracadabra")
    print(c.most_common(2), collections.OrderedDict(a=1, b=2), collections.deque([1, 2, 3], maxlen=2))
    P = collections.namedtuple("P", "x y", defaults=[0])
    print(P(1), P._fields, collections.ChainMap({"a": 1}, {"a": 2, "b": 3})["b"], dict(collections.defaultdict(int, a=1)))
    print(isinstance([], cabc.MutableSequence), issubclass(dict, cabc.Mapping), isinstance(iter([]), cabc.Iterator))


@section
def heapq_bisect():
    import bisect
    import heapq
    h = [5, 1, 4, 2]
    heapq.heapify(h)
    print(h, heapq.nsmallest(2, [5, 1, 4]), list(heapq.merge([1, 4], [2, 3])), heapq.heappushpop(h, 0))
    a = [1, 3, 5]
    bisect.insort(a, 4)
    print(a, bisect.bisect_left(a, 3), bisect.bisect(a, 10, key=None))


@section
def copy_copyreg():
    import copy
    import copyreg
    x = {"a": [1, 2], "b": (3, [4])}
    y = copy.deepcopy(x)
    y["a"].append(9)
    print(x, y, copy.copy([1, [2]]), copyreg.__newobj__.__name__)


@section
def dataclasses_():
    import dataclasses

    @dataclasses.dataclass(order=True, frozen=True)
    class Pt:
        x: int
        y: int = 0
        tags: list = dataclasses.field(default_factory=list, compare=False)

    p = Pt(1, 2)
    print(p, p < Pt(2), dataclasses.asdict(p), dataclasses.astuple(p), [f.name for f in dataclasses.fields(p)])
    print(dataclasses.replace(p, y=5), hash(p) == hash(Pt(1, 2)))
    try:
        p.x = 3
    except dataclasses.FrozenInstanceError as e:
        print("frozen", e)


@section
def enum_():
    import enum

    class Color(enum.Enum):
        RED = 1
        GREEN = enum.auto()

    class Perm(enum.IntFlag):
        R = 4
        W = 2

    print(Color.RED, Color(2), list(Color), Color["GREEN"].value, Perm.R | Perm.W, repr(Perm(6)), str(Perm.R))
    print(enum.unique(Color) is Color, Color.RED.name, len(Color))


@section
def typing_types_abc():
    import abc
    import numbers
    import types
    import typing
    T = typing.TypeVar("T")

    class Box(typing.Generic[T]):
        def __init__(self, v: T):
            self.v = v

    print(typing.get_type_hints(Box.__init__), typing.List[int], typing.Optional[str], typing.Union[int, str])
    print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), Box[int].__origin__ is Box)

    class A(abc.ABC):
        @abc.abstractmethod
        def f(self):
            pass

    try:
        A()
    except TypeError as e:
        print(e)
    print(isinstance(3, numbers.Integral), isinstance(1.5, numbers.Rational), issubclass(complex, numbers.Complex))
    ns = types.SimpleNamespace(a=1)
    print(ns, types.MappingProxyType({"k": 1})["k"], isinstance(len, types.BuiltinFunctionType))


@section
def functools_itertools_operator():
    import functools
    import itertools
    import operator

    @functools.lru_cache(maxsize=None)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)

    print(fib(30), fib.cache_info(), functools.reduce(operator.mul, range(1, 6)), functools.partial(pow, 2)(10))
    print(list(itertools.accumulate([1, 2, 3])), list(itertools.combinations("abc", 2)), list(itertools.islice(itertools.count(5), 3)))
    print(list(itertools.groupby("aabbc")) and [(k, len(list(g))) for k, g in itertools.groupby("aabbc")])
    print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), operator.methodcaller("upper")("x"))

    @functools.singledispatch
    def f(x):
        return "obj"

    @f.register
    def _(x: int):
        return "int"

    print(f(1), f("s"), functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2))


@section
def weakref_gc():
    import gc
    import weakref

    class O:
        pass

    o = O()
    r = weakref.ref(o)
    d = weakref.WeakValueDictionary({"k": o})
    print(r() is o, len(d))
    del o
    gc.collect()
    print(r(), len(d), gc.isenabled(), isinstance(gc.get_threshold(), tuple))


@section
def graphlib_():
    import graphlib
    ts = graphlib.TopologicalSorter({"d": {"b", "c"}, "b": {"a"}, "c": {"a"}})
    order = list(ts.static_order())
    print(order[0], order[-1], sorted(order[1:3]))
    try:
        list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
    except graphlib.CycleError as e:
        print("cycle", e.args[0])


@section
def contextlib_contextvars():
    import contextlib
    import contextvars

    @contextlib.contextmanager
    def cm(x):
        print("enter", x)
        yield x * 2
        print("exit", x)

    with cm(1) as v, contextlib.suppress(KeyError):
        print(v)
        {}["x"]
    with contextlib.ExitStack() as st:
        st.callback(print, "callback")
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print("hidden")
    print(repr(buf.getvalue()))
    var = contextvars.ContextVar("var", default=0)
    ctx = contextvars.copy_context()
    ctx.run(var.set, 5)
    print(var.get(), ctx[var])


@section
def queue_array():
    import array
    import queue
    q = queue.PriorityQueue()
    for x in (3, 1, 2):
        q.put(x)
    print([q.get() for _ in range(3)], queue.LifoQueue().empty())
    try:
        queue.Queue().get_nowait()
    except queue.Empty:
        print("empty")
    a = array.array("i", [1, 2, 3])
    a.append(4)
    print(a, a.tobytes()[:8], array.array("d", [1.5]).itemsize)


@section
def pickle_():
    import pickle
    import pickletools
    data = {"a": [1, 2.5, "s", None, True], "b": (1, 2), "c": {3}, "d": b"x"}
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(data, proto)) == data
    print(pickle.loads(pickle.dumps(data)), pickle.dumps([1, "a"], 2))
    out = io.StringIO()
    pickletools.dis(pickle.dumps((1, "a"), 2), out)
    print(out.getvalue())


@section
def shelve_dbm():
    import dbm
    import shelve
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "db")
        with shelve.open(path) as s:
            s["k"] = [1, 2]
        with shelve.open(path) as s:
            print(dict(s))
        print(dbm.whichdb(path) is not None)

# Testing tools as projects use them: unittest.mock (patch, MagicMock, side_effect, call_args,
# spec errors, patch.dict/object, mock_open, AsyncMock), doctest on a module-like namespace,
# graphlib ordering, reprlib, copy/deepcopy hooks, weakref finalize, abc errors.
import unittest.mock as mock, doctest, graphlib, reprlib, copy, weakref, abc, os, io, asyncio, gc, sys

class Service:
    def fetch(self, key, *, timeout=1):
        raise RuntimeError("network")
    def total(self, keys):
        return sum(self.fetch(k) for k in keys)

m = mock.MagicMock()
m.get.return_value = 42
m.compute.side_effect = [1, 2, ValueError("third")]
print(m.get("a"), m.compute(), m.compute())
try:
    m.compute()
except ValueError as e:
    print("ValueError", e)
m.get.assert_called_once_with("a")
print(m.get.call_args, m.get.call_count, m.method_calls, m.mock_calls[:2], m.compute.call_args_list)
try:
    m.get.assert_called_with("b")
except AssertionError as e:
    print("AssertionError", str(e).splitlines()[0])
print(len(m), list(iter(m)), repr(m[3]).split(" id=")[0], bool(m), m.__str__() is not None, isinstance(m.attr.sub, mock.MagicMock))
s = mock.create_autospec(Service, instance=True)
s.fetch.return_value = 5
print(s.fetch("k", timeout=3), s.fetch.call_args.kwargs)
try:
    s.fetch()
except TypeError as e:
    print("TypeError", e)
try:
    s.nosuch
except AttributeError as e:
    print("AttributeError", e)
with mock.patch.object(Service, "fetch", side_effect=lambda k, **kw: len(k)) as pf:
    print(Service().total(["ab", "cde"]), pf.call_count, pf.call_args_list)
with mock.patch("os.getcwd", return_value="/fake") as g:
    print(os.getcwd(), g.called)
print(os.getcwd() != "/fake")
with mock.patch.dict(os.environ, {"PROBE_X": "1"}, clear=False):
    print(os.environ["PROBE_X"])
print("PROBE_X" in os.environ)
@mock.patch("builtins.open", new_callable=mock.mock_open, read_data="line1\nline2\n")
def read_it(mo):
    with open("whatever.txt") as f:
        lines = f.readlines()
    mo.assert_called_once_with("whatever.txt")
    return lines
print(read_it())
sentinel = mock.sentinel.token
print(sentinel, sentinel is mock.sentinel.token, mock.ANY == 5, mock.call(1, a=2) == mock.call(1, a=2))
am = mock.AsyncMock(return_value="done")
print(asyncio.run(am(1)), am.await_count, am.await_args)
pm = mock.PropertyMock(return_value=9)
with mock.patch.object(Service, "prop", pm, create=True):
    print(Service().prop, pm.call_count)
nm = mock.Mock(spec=["a"])
nm.a()
try:
    nm.b
except AttributeError as e:
    print("AttributeError", e)
m2 = mock.Mock(name="svc")
print(repr(m2)[:15], repr(m2.child)[:21])
m2.reset_mock(); print(m2.called)

def add(a, b):
    """Add numbers.

    >>> add(2, 3)
    5
    >>> add("a", "b")
    'ab'
    >>> add(1, 1)  # wrong on purpose
    3
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    >>> add(None, 1)
    Traceback (most recent call last):
        ...
    TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
    >>> print("x\\n\\ny")
    x
    <BLANKLINE>
    y
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    """
    return a + b
runner = doctest.DocTestRunner(verbose=False)
out = io.StringIO()
for test in doctest.DocTestFinder().find(add, "add", globs={"add": add}):
    runner.run(test, out=out.write)
print(runner.summarize(verbose=False))
print("\n".join(l for l in out.getvalue().splitlines() if not l.startswith("File ")))
print(doctest.testmod(sys.modules[__name__], verbose=False, report=False) if False else "", doctest.script_from_examples(">>> 1 + 1\n2\n").strip())

ts = graphlib.TopologicalSorter({"app": {"lib", "utils"}, "lib": {"utils", "core"}, "utils": {"core"}, "tests": {"app"}})
print(list(ts.static_order()))
ts2 = graphlib.TopologicalSorter()
ts2.add("b", "a"); ts2.add("c", "a"); ts2.add("d", "b", "c")
ts2.prepare()
batches = []
while ts2.is_active():
    ready = sorted(ts2.get_ready()); batches.append(ready); ts2.done(*ready)
print(batches)
try:
    list(graphlib.TopologicalSorter({"x": {"y"}, "y": {"x"}}).static_order())
except graphlib.CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))
r = reprlib.Repr(); r.maxlist = 3; r.maxstring = 12
print(r.repr(list(range(100))), r.repr("a" * 50), reprlib.repr({i: i for i in range(20)}), reprlib.repr(set(range(30))))
class Rec:
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Rec({self.child!r})"
x = Rec(); x.child = x; print(repr(x))

class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids, self.cache = v, list(kids), {"computed": v * 2}
    def __deepcopy__(self, memo):
        n = Node(self.v, copy.deepcopy(self.kids, memo)); n.cache = {}
        return n
    def __copy__(self):
        n = Node(self.v, self.kids); n.cache = dict(self.cache); return n
tree = Node(1, [Node(2), Node(3)])
sh, dp = copy.copy(tree), copy.deepcopy(tree)
print(sh.kids is tree.kids, dp.kids is tree.kids, dp.kids[0].v, dp.cache, sh.cache)
shared = [1]; obj = {"a": shared, "b": shared}
d2 = copy.deepcopy(obj); print(d2["a"] is d2["b"], copy.replace if hasattr(copy, "replace") else "no replace")
class Big: pass
b = Big(); fired = []
fin = weakref.finalize(b, fired.append, "finalized")
wr = weakref.ref(b); print(wr() is b, fin.alive)
del b; gc.collect(); print(fired, wr(), fin.alive)
wd = weakref.WeakValueDictionary(); k = Big(); wd["k"] = k; print(len(wd)); del k; gc.collect(); print(len(wd))
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Sq(Shape):
    def area(self): return 4
try:
    Sq()
except TypeError as e:
    print("TypeError", e)
class Reg(abc.ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), Shape.__abstractmethods__ == frozenset({"area", "name"}))

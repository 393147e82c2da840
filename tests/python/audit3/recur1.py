import sys
def tr(fn):
    try: print("ok", repr(fn())[:60])
    except BaseException as e: print(type(e).__name__, e)
print(sys.getrecursionlimit())
def f(n): return f(n + 1)
tr(lambda: f(0))
class R:
    def __repr__(self): return repr(self)
class S:
    def __str__(self): return str(self)
tr(lambda: str(S()))
class G:
    def __getattr__(self, n): return getattr(self, n)
tr(lambda: G().x)
class E:
    def __eq__(self, o): return self == o
tr(lambda: E() == E())
class L:
    def __lt__(self, o): return self < o
tr(lambda: L() < L())
class H:
    def __hash__(self): return hash(self)
tr(lambda: hash(H()))
class I:
    def __iter__(self): return iter(self)
tr(lambda: iter(I()))
class Ln:
    def __len__(self): return len(self)
tr(lambda: len(Ln()))
class C:
    def __call__(self): return self()
tr(lambda: C()())
class GI:
    def __getitem__(self, k): return self[k]
tr(lambda: GI()[0])
class A:
    def __add__(self, o): return self + o
tr(lambda: A() + 1)
l = []; l.append(l); print(l, repr(l))
d = {}; d["d"] = d; print(d)
t = [1]; t2 = (t,); t.append(t2); print(t)
nested = []
cur = nested
for i in range(100000): cur.append([]); cur = cur[0]
tr(lambda: repr(nested))
tr(lambda: str(nested))
tr(lambda: nested == nested)
import copy
import json
tr(lambda: json.dumps(nested))
tr(lambda: eval("(" * 300 + ")" * 300))
tr(lambda: eval("-" * 100000 + "1"))
def gen(n):
    yield from gen(n + 1)
tr(lambda: next(gen(0)))
sys.setrecursionlimit(100)
def depth(n=0):
    try: return depth(n + 1)
    except RecursionError: return n
print(depth() > 50)
tr(lambda: sys.setrecursionlimit(0))
tr(lambda: sys.setrecursionlimit(-1))
tr(lambda: sys.setrecursionlimit("x"))
def r2(): return r2()
tr(r2)
print("recovered", f.__name__)

# sqlite3 user functions, aggregates, window functions and collations,
# including the errors their callbacks raise.
import sqlite3

con = sqlite3.connect(":memory:")
con.create_function("double", 1, lambda x: x * 2)
con.create_function("concat", -1, lambda *a: "".join(map(str, a)))
con.create_function("kind", 1, lambda x: type(x).__name__)
con.create_function("one", 0, lambda: 1, deterministic=True)
print(con.execute("select double(2), double(1.5), double('ab'), double(x'01')").fetchone())
print(con.execute("select concat(), concat(1, 'a', 2.5, null)").fetchone())
print(con.execute("select kind(1), kind(1.0), kind('s'), kind(x''), kind(null)").fetchone())
print(con.execute("select one()").fetchone())
for ret in [None, True, 2**63 - 1, 2**64, 1.25, "s", b"b", bytearray(b"ba"), memoryview(b"mv"), object(), [1]]:
    con.create_function("ret", 0, lambda ret=ret: ret)
    try:
        print(type(ret).__name__, con.execute("select ret(), typeof(ret())").fetchone())
    except sqlite3.Error as e:
        print(type(ret).__name__, type(e).__name__, e)
def boom(*a):
    raise ValueError("no")
con.create_function("boom", -1, boom)
for exc in [ValueError, MemoryError, OverflowError]:
    def f(exc=exc):
        raise exc
    con.create_function("f", 0, f)
    try:
        con.execute("select f()")
    except Exception as e:
        print(exc.__name__, type(e).__name__, e)
con.create_function("boom", -1, None)
try:
    con.execute("select boom()")
except sqlite3.OperationalError as e:
    print(e)
try:
    con.execute("select double(1, 2)")
except sqlite3.OperationalError as e:
    print(e)

class Sum:
    def __init__(self):
        self.total = 0
    def step(self, v):
        self.total += v
    def finalize(self):
        return self.total
con.create_aggregate("mysum", 1, Sum)
con.execute("create table t(g, v)")
con.executemany("insert into t values (?, ?)", [(1, 1), (1, 2), (2, 10), (2, 20), (3, 5)])
print(con.execute("select g, mysum(v) from t group by g").fetchall())
print(con.execute("select mysum(v) from t where g > 100").fetchall())

class BadInit:
    def __init__(self): raise ValueError
class BadStep:
    def step(self, v): raise ValueError
    def finalize(self): return 1
class BadFinal:
    def step(self, v): pass
    def finalize(self): raise ValueError
class NoStep:
    def finalize(self): return 1
class NoFinal:
    def step(self, v): pass
class BadResult:
    def step(self, v): pass
    def finalize(self): return object()
for cls in [BadInit, BadStep, BadFinal, NoStep, NoFinal, BadResult]:
    con.create_aggregate("agg", 1, cls)
    try:
        print(cls.__name__, con.execute("select agg(v) from t").fetchall())
    except sqlite3.Error as e:
        print(cls.__name__, type(e).__name__, e)

class WinSum:
    def __init__(self): self.v = 0
    def step(self, x): self.v += x
    def inverse(self, x): self.v -= x
    def value(self): return self.v
    def finalize(self): return self.v
con.create_window_function("winsum", 1, WinSum)
print(con.execute("select v, winsum(v) over (order by v rows between 1 preceding and 1 following) from t").fetchall())
try:
    con.create_window_function("bad", -100, WinSum)
except sqlite3.Error as e:
    print(type(e).__name__, e)

def rev(a, b):
    return (a < b) - (a > b)
con.create_collation("rev", rev)
print(con.execute("select v from t order by cast(v as text) collate rev").fetchall())
con.create_collation("weird", lambda a, b: "not an int")
print(con.execute("select v from t order by cast(v as text) collate weird").fetchall())
con.create_collation("rev", None)
try:
    con.execute("select v from t order by v collate rev")
except sqlite3.OperationalError as e:
    print(e)
for args in [("x", 1), (1, rev)]:
    try:
        con.create_collation(*args)
    except TypeError as e:
        print(e)
try:
    con.create_function("f", 1)
except TypeError as e:
    print(e)

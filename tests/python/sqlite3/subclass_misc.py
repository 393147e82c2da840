# sqlite3 odds and ends: subclasses and factories, pickling, iteration,
# pragmas and built-in SQL functions, descriptor kinds.
import sqlite3, weakref, pickle, gc
c = sqlite3.connect(":memory:")
cu = c.cursor()
for o in [c, cu]:
    try: pickle.dumps(o)
    except Exception as e: print(type(e).__name__, e)
class MyConn(sqlite3.Connection):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = 1
m = sqlite3.connect(":memory:", factory=MyConn)
print(type(m).__name__, m.extra, m.execute("select 2").fetchone())
class MyCur(sqlite3.Cursor):
    pass
print(type(m.cursor(MyCur)).__name__, type(m.cursor(factory=MyCur)).__name__)
print(repr(c)[:26], repr(cu)[:22])
c.row_factory = sqlite3.Row
print(c.execute("select 1 as x").fetchone().keys())
print(c.execute("select 1").fetchone() == c.execute("select 1").fetchone())
cu.execute("select 1 union all select 2")
print(next(cu), list(cu))
try: next(cu)
except StopIteration: print("stop")
print(c.execute("pragma user_version").fetchone()[0], c.execute("pragma journal_mode").fetchone()[0])
print(c.execute("select sqlite_version() = ?", (sqlite3.sqlite_version,)).fetchone()[0])
print(c.execute("select json_extract('{\"a\": [1, 2]}', '$.a[1]')").fetchone()[0])
print(c.execute("select printf('%5.2f|%d', 3.14159, 42)").fetchone()[0])
print(sqlite3.Connection.isolation_level.__class__.__name__, sqlite3.Connection.row_factory.__class__.__name__, sqlite3.Cursor.rowcount.__class__.__name__)

# sqlite3 parameter binding: qmark, numeric, named, mappings and sequences.
import sqlite3, collections

con = sqlite3.connect(":memory:")
print(con.execute("select ?, ?", [1, "a"]).fetchone())
print(con.execute("select ?2, ?1", (1, 2)).fetchone())
print(con.execute("select :a, :b, :a", {"a": 1, "b": 2}).fetchone())
print(con.execute("select $x, @y", {"x": "dollar", "y": "at"}).fetchone())
class Mapping(dict):
    def __missing__(self, key):
        return key.upper()
print(con.execute("select :p, :q", Mapping(p="given")).fetchone())
class Seq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i * 10
print(con.execute("select ?, ?", Seq()).fetchone())
print(con.execute("select ?", ("x",)).fetchone(), con.execute("select ?", "x").fetchone())
print(con.execute("select :n", collections.OrderedDict(n=3)).fetchone())
con.execute("create table t(a, b)")
con.executemany("insert into t values (:a, :b)", [{"a": 1, "b": 2}, {"a": 3, "b": 4}])
con.executemany("insert into t values (?, ?)", iter([(5, 6)]))
print(con.execute("select * from t").fetchall())
for args in [("select ?", ("a", "b")), ("select :a", ()), ("select ?", {"a": 1}), ("select ?", None),
             ("select ?", "ab"), ("select ?", [[1]]), ("select ?", (1j,))]:
    try:
        print(con.execute(*args).fetchone())
    except Exception as e:
        print(type(e).__name__, e)
def gen():
    yield (1, 1)
    raise RuntimeError("gen failed")
try:
    con.executemany("insert into t values (?, ?)", gen())
except RuntimeError as e:
    print("executemany:", e)
print(con.execute("select count(*) from t").fetchone())
cur = con.execute("select a from t order by a")
print(cur.fetchone())
cur2 = con.execute("select a from t order by a")
print(cur2.fetchone(), cur.fetchone())
cur.execute("select 'new'")
print(cur.fetchall(), cur2.fetchall())

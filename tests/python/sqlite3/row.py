# sqlite3.Row and the row_factory / text_factory hooks.
import sqlite3

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
r = con.execute("select 1 as a, 'two' as Bee, null as c").fetchone()
print(type(r).__name__, len(r), r[0], r[-1], r["a"], r["bee"], r["BEE"], r[1:], r[::-1], list(r), tuple(r))
print(r.keys(), "two" in r, 3 in r)
for key in [3, -4, "nope", 1.5, None, b"a"]:
    try:
        r[key]
    except Exception as e:
        print(repr(key), type(e).__name__, e)
r2 = con.execute("select 1 as a, 'two' as Bee, null as c").fetchone()
r3 = con.execute("select 1 as A, 'two' as Bee, null as c").fetchone()
r4 = con.execute("select 2 as a, 'two' as Bee, null as c").fetchone()
print(r == r2, r != r2, r == r3, r == r4, hash(r) == hash(r2), r == (1, "two", None), r != (1,))
for op in ["<", "<=", ">", ">="]:
    try:
        eval("r %s r2" % op)
    except TypeError as e:
        print(op, e)
print(dict(zip(r.keys(), r)), dict(r) if False else sorted(r.keys()))
import collections.abc
print(isinstance(r, collections.abc.Sequence))
cur = con.cursor()
cur.execute("select 5 as five")
row = sqlite3.Row(cur, (5,))
print(row["five"], row.keys())
for args in [(cur,), (cur, [1]), (1, (1,))]:
    try:
        sqlite3.Row(*args)
    except TypeError as e:
        print(e)
class MyRow(sqlite3.Row):
    def total(self):
        return sum(self)
con.row_factory = MyRow
print(con.execute("select 1, 2, 3").fetchone().total())
con.row_factory = lambda cursor, row: {d[0]: v for d, v in zip(cursor.description, row)}
print(con.execute("select 1 as x, 2 as y").fetchall())
cur = con.cursor()
print(cur.row_factory is con.row_factory)
cur.row_factory = None
print(cur.execute("select 1 as x").fetchone())
con.row_factory = None
con.execute("create table t(s text)")
con.execute("insert into t values ('héllo')")
con.execute("insert into t values (cast(x'ff41' as text))")
for tf in [bytes, bytearray, str, lambda b: b.decode("latin-1").upper()]:
    con.text_factory = tf
    try:
        print(con.execute("select s from t").fetchall())
    except sqlite3.OperationalError as e:
        print("decode:", e)
con.text_factory = str
print(con.execute("select s from t limit 1").fetchone(), con.text_factory is str)
del con.row_factory
print(con.row_factory)

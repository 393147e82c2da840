# sqlite3 with files: path-like and bytes names, URIs (read-only, shared memory), attach, pickling refusals.
import sqlite3, pathlib, tempfile, os, pickle, copy
d = tempfile.mkdtemp()
p = pathlib.Path(d) / "a.db"
con = sqlite3.connect(p)
con.execute("create table t(x)")
con.execute("insert into t values (1)")
con.commit(); con.close()
con = sqlite3.connect(os.fsencode(str(p)))
print(con.execute("select * from t").fetchall())
con.row_factory = sqlite3.Row
r = con.execute("select x from t").fetchone()
for f in [lambda: pickle.dumps(r), lambda: copy.copy(con), lambda: pickle.dumps(con.cursor())]:
    try: f(); print("ok")
    except Exception as e: print(type(e).__name__, e)
con.close()
ro = sqlite3.connect(p.as_uri() + "?mode=ro", uri=True)
print(ro.execute("select count(*) from t").fetchone())
try:
    ro.execute("create table u(y)")
except sqlite3.OperationalError as e:
    print(e, e.sqlite_errorname)
ro.close()
mem = sqlite3.connect("file:memdb1?mode=memory&cache=shared", uri=True)
mem2 = sqlite3.connect("file:memdb1?mode=memory&cache=shared", uri=True)
mem.execute("create table s(v)"); mem.execute("insert into s values (5)"); mem.commit()
print(mem2.execute("select * from s").fetchall())
try:
    sqlite3.connect("file:nonexist.db?mode=ro", uri=True)
except sqlite3.OperationalError as e:
    print(e, e.sqlite_errorcode)
c = sqlite3.connect(":memory:")
c.execute("attach database ? as other", (str(p),))
print(c.execute("select * from other.t").fetchall())
print(c.execute("pragma database_list").fetchall()[1][1])
c.close()
os.remove(p); os.rmdir(d)

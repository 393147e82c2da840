import sqlite3, pickle, shelve, dbm, dbm.dumb, json, csv, io, os, tempfile, shutil, copyreg
tmp = tempfile.mkdtemp()
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, str(e).replace(tmp, "TMP"))
con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
cur = con.cursor()
cur.executescript("""
create table emp(id integer primary key, name text not null, dept text, salary real, hired date);
insert into emp(name, dept, salary) values ('ann','eng',120.5),('bob','eng',99),('cy','ops',80),('di',NULL,NULL);
""")
rows = con.execute("select dept, count(*) n, avg(salary) a from emp group by dept order by dept").fetchall()
print([tuple(r) for r in rows], rows[1].keys(), rows[1]["n"])
t("bad sql", lambda: con.execute("selec 1"))
t("no table", lambda: con.execute("select * from nope"))
t("not null", lambda: con.execute("insert into emp(name) values (NULL)"))
t("params", lambda: con.execute("select ?+?", (1, 2)).fetchone()[0])
t("param count", lambda: con.execute("select ?", (1, 2)))
t("named", lambda: tuple(con.execute("select :a || :b", {"a": "x", "b": "y"}).fetchone()))
t("unsupported type", lambda: con.execute("select ?", ([1],)))
t("executemany", lambda: con.executemany("insert into emp(name, dept) values (?, ?)", [("e", "x"), ("f", "y")]).rowcount)
t("lastrowid", lambda: con.execute("insert into emp(name) values ('g')").lastrowid)
t("types", lambda: tuple(con.execute("select 1, 1.5, 'a', x'00ff', NULL, typeof(1.0)").fetchone()))
t("description", lambda: con.execute("select id, name as nm from emp").description)
t("total_changes", lambda: con.total_changes)
t("in_transaction", lambda: con.in_transaction)
con.commit()
t("create_function", lambda: (con.create_function("dbl", 1, lambda x: x * 2), con.execute("select dbl(21)").fetchone()[0])[1])
def bad(x): raise ValueError("nope")
con.create_function("bad", 1, bad)
t("udf error", lambda: con.execute("select bad(1)").fetchone())
class Agg:
    def __init__(self): self.v = []
    def step(self, x): self.v.append(x)
    def finalize(self): return ",".join(sorted(map(str, self.v)))
con.create_aggregate("cat", 1, Agg)
t("aggregate", lambda: con.execute("select cat(name) from emp").fetchone()[0])
t("collation", lambda: (con.create_collation("rev", lambda a, b: (a < b) - (a > b)), [r[0] for r in con.execute("select name from emp order by name collate rev limit 3")])[1])
with con:
    con.execute("update emp set salary = salary * 2 where dept = 'ops'")
try:
    with con:
        con.execute("insert into emp(name) values ('h')")
        raise RuntimeError("rollback please")
except RuntimeError as e:
    print("rolled", e, con.execute("select count(*) from emp where name='h'").fetchone()[0])
print("\n".join(list(con.iterdump())[:4]))
con.close()
t("closed", lambda: con.execute("select 1"))
t("sqlite version type", lambda: type(sqlite3.sqlite_version_info).__name__)
t("complete", lambda: (sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1")))
db = os.path.join(tmp, "f.db")
c2 = sqlite3.connect(db, detect_types=sqlite3.PARSE_DECLTYPES)
sqlite3.register_adapter(complex, lambda c: f"{c.real};{c.imag}")
sqlite3.register_converter("cplx", lambda b: complex(*map(float, b.split(b";"))))
c2.execute("create table z(v cplx)"); c2.execute("insert into z values (?)", (1 + 2j,))
t("converter", lambda: c2.execute("select v from z").fetchone()[0])
c2.close()
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Pt({self.x}, {self.y})"
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    obj = {"a": [1, 2.5, "s", b"b", None, True], "p": Pt(1, 2), "t": (1,), "fs": frozenset([1]), "big": 2**100}
    r = pickle.loads(pickle.dumps(obj, proto))
    print("proto", proto, r == obj, r["p"])
t("unpicklable lambda", lambda: pickle.dumps(lambda: 1))
t("unpicklable local", lambda: pickle.dumps(Agg().__init__))
t("truncated", lambda: pickle.loads(pickle.dumps([1, 2, 3])[:-3]))
t("garbage", lambda: pickle.loads(b"garbage"))
t("empty", lambda: pickle.loads(b""))
t("bad proto", lambda: pickle.dumps(1, protocol=99))
t("dumps p0", lambda: pickle.dumps([1, "a", None], 0))
t("dumps p2", lambda: pickle.dumps((1, "a", 2.5), 2))
t("dumps p4", lambda: pickle.dumps({"k": [True]}, 4))
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
t("slots", lambda: pickle.loads(pickle.dumps(Slotted())).a)
t("slots p0", lambda: pickle.dumps(Slotted(), 0))
class R:
    def __reduce__(self): return (print, ("reduced!",))
t("reduce", lambda: pickle.loads(pickle.dumps(R())))
class Unp:
    def __reduce__(self): raise TypeError("no pickling")
t("reduce raises", lambda: pickle.dumps(Unp()))
t("recursive", lambda: (lambda l: (l.append(l), pickle.loads(pickle.dumps(l))[0][0] is not None)[1])([]))
buf = io.BytesIO(); pk = pickle.Pickler(buf, 3); pk.dump("a"); pk.dump([1]); buf.seek(0)
up = pickle.Unpickler(buf); print(up.load(), up.load())
t("eof", lambda: up.load())
path = os.path.join(tmp, "shelf")
with shelve.open(path) as sh:
    sh["x"] = [1, 2]; sh["y"] = {"k": Pt(3, 4)}
    sh["x"].append(3)
with shelve.open(path, writeback=True) as sh:
    print(sorted(sh.keys()), sh["x"], sh["y"])
    sh["x"].append(4)
with shelve.open(path, flag="r") as sh:
    print(sh["x"], "y" in sh, len(sh))
    try:
        sh["z"] = 1
    except dbm.error[0] if False else Exception as e:
        print("ro write", isinstance(e, dbm.error))
    t("missing", lambda: sh["nope"])
t("shelve int key", lambda: shelve.open(path).__setitem__(1, 2))
print(dbm.whichdb(path) is not None)
d = dbm.dumb.open(os.path.join(tmp, "dumb"), "c")
d[b"k"] = b"v"; d["s"] = "t"
print(sorted(d.keys()), d[b"s"], len(d))
t("dumb int", lambda: d.__setitem__(1, b"x"))
d.close()
t("dbm nonexist", lambda: dbm.open(os.path.join(tmp, "nothere"), "r"))
shutil.rmtree(tmp)

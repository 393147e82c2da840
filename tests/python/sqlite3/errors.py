# sqlite3 exceptions: hierarchy, messages, error codes and names.
import sqlite3

for name in ["Warning", "Error", "InterfaceError", "DatabaseError", "DataError", "OperationalError",
             "IntegrityError", "InternalError", "ProgrammingError", "NotSupportedError"]:
    cls = getattr(sqlite3, name)
    print(name, cls.__module__, [b.__name__ for b in cls.__mro__[1:-2]], getattr(sqlite3.Connection, name) is cls)

con = sqlite3.connect(":memory:")
con.execute("create table t(x unique, y not null, z check (z > 0))")
con.execute("insert into t values (1, 1, 1)")

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except Exception as e:
        print(label, type(e).__name__, e, getattr(e, "sqlite_errorcode", "-"), getattr(e, "sqlite_errorname", "-"))

attempt("no table", lambda: con.execute("select * from nope"))
attempt("syntax", lambda: con.execute("selec 1"))
attempt("unique", lambda: con.execute("insert into t values (1, 1, 1)"))
attempt("not null", lambda: con.execute("insert into t values (2, null, 1)"))
attempt("check", lambda: con.execute("insert into t values (3, 1, -1)"))
attempt("no column", lambda: con.execute("select nope from t"))
attempt("two stmts", lambda: con.execute("select 1; select 2"))
attempt("nul", lambda: con.execute("select '\0'"))
attempt("too few", lambda: con.execute("select ?, ?", (1,)))
attempt("too many", lambda: con.execute("select ?", (1, 2)))
attempt("no name", lambda: con.execute("select ?", {"a": 1}))
attempt("missing key", lambda: con.execute("select :a, :b", {"a": 1}))
attempt("bad type", lambda: con.execute("select ?", (object(),)))
attempt("bad params", lambda: con.execute("select ?", 42))
attempt("set params", lambda: con.execute("select ?", {1}))
attempt("overflow", lambda: con.execute("select ?", (2**63,)))
attempt("surrogate", lambda: con.execute("select ?", ("\udc80",)))
attempt("bytes sql", lambda: con.execute(b"select 1"))
attempt("int sql", lambda: con.cursor().execute(1))
attempt("many rows", lambda: con.executemany("select ?", [(1,)]))
attempt("many bad", lambda: con.executemany("insert into t values (?, 1, 1)", 5))
attempt("script bytes", lambda: con.executescript(b"select 1"))
attempt("script err", lambda: con.executescript("create table u(a); insert into nope values (1);"))
attempt("u exists", lambda: con.execute("select count(*) from u").fetchone())
attempt("limit", lambda: con.getlimit(1000))
attempt("isolation", lambda: setattr(con, "isolation_level", "LAZY"))
attempt("isolation type", lambda: setattr(con, "isolation_level", 5))
attempt("del isolation", lambda: delattr(con, "isolation_level"))
attempt("cursor factory", lambda: con.cursor(factory=lambda c: 1))
attempt("cursor arg", lambda: sqlite3.Cursor(None))
attempt("adapt", lambda: sqlite3.adapt(object()))
attempt("connect type", lambda: sqlite3.connect(3.5))
attempt("open dir", lambda: sqlite3.connect("/nonexistent-dir/x.db"))
attempt("uninit", lambda: sqlite3.Connection.__new__(sqlite3.Connection).execute("select 1"))
attempt("uninit cur", lambda: sqlite3.Cursor.__new__(sqlite3.Cursor).fetchall())
cur = con.cursor()
con.close()
for label, fn in [("closed execute", lambda: con.execute("select 1")), ("closed commit", con.commit),
                  ("closed cursor", lambda: cur.execute("select 1")), ("closed cursor()", con.cursor),
                  ("closed total", lambda: con.total_changes), ("closed in_tx", lambda: con.in_transaction)]:
    attempt(label, fn)
e = sqlite3.IntegrityError("custom")
print(e.args, hasattr(e, "sqlite_errorcode"))

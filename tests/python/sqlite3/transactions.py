# sqlite3 transactions: isolation_level, implicit BEGIN before DML, commit,
# rollback, the context manager and executescript's COMMIT.
import sqlite3, os, tempfile

con = sqlite3.connect(":memory:")
print(repr(con.isolation_level), con.in_transaction)
con.execute("create table t(x)")
print("after DDL", con.in_transaction)
con.execute("insert into t values (1)")
print("after insert", con.in_transaction)
con.execute("select * from t").fetchall()
con.commit()
print("after commit", con.in_transaction)
con.execute("insert into t values (2)")
con.rollback()
print("rolled back", con.execute("select * from t").fetchall(), con.in_transaction)
for level in ["DEFERRED", "immediate", "Exclusive", None, ""]:
    con.isolation_level = level
    con.execute("update t set x = x + 1")
    print(repr(con.isolation_level), con.in_transaction)
    con.commit()
con.isolation_level = None
con.execute("begin")
con.execute("insert into t values (10)")
print("manual", con.in_transaction)
con.rollback()
print(con.execute("select * from t").fetchall())
con.isolation_level = ""
con.execute("insert into t values (20)")
print("pending", con.in_transaction)
con.isolation_level = None
print("setting None commits", con.in_transaction)
con.isolation_level = "DEFERRED"
with con:
    con.execute("insert into t values (30)")
print("with ok", con.in_transaction, con.execute("select count(*) from t").fetchone())
try:
    with con:
        con.execute("insert into t values (40)")
        raise ValueError("boom")
except ValueError as e:
    print("with error", e, con.in_transaction, con.execute("select count(*) from t").fetchone())
with con as c:
    print(c is con)
con.execute("insert into t values (50)")
con.executescript("select 1;")
print("executescript commits", con.in_transaction)
con.execute("savepoint sp")
print("savepoint", con.in_transaction)
con.execute("release sp")
print(con.total_changes)
con.close()

d = tempfile.mkdtemp()
path = os.path.join(d, "db.sqlite")
a = sqlite3.connect(path, timeout=0.1)
b = sqlite3.connect(path, timeout=0.1)
a.execute("create table t(x)")
a.commit()
a.execute("insert into t values (1)")
print("a", a.in_transaction, "b sees", b.execute("select count(*) from t").fetchone())
try:
    b.execute("insert into t values (2)")
except sqlite3.OperationalError as e:
    print("locked:", e)
a.commit()
b.rollback()
print("b sees", b.execute("select count(*) from t").fetchone())
a.close(); b.close()
u = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
print(u.execute("select count(*) from t").fetchone())
try:
    u.execute("insert into t values (3)")
except sqlite3.OperationalError as e:
    print("readonly:", e)
u.close()
os.remove(path); os.rmdir(d)

# Statements reused across many short-lived cursors, some left with rows
# pending, with and without the statement cache.
import sqlite3
for cs in (0, 2, 128):
    con = sqlite3.connect(":memory:", cached_statements=cs)
    con.execute("create table t(x)")
    con.executemany("insert into t values (?)", [(i,) for i in range(10)])
    keep = con.execute("select x from t")
    print(keep.fetchone())
    for i in range(3000):
        con.execute("select x from t").fetchone()
        con.execute("select %d" % (i % 5)).fetchall()
    print(cs, keep.fetchall()[:3], con.execute("select count(*) from t").fetchone())
con = sqlite3.connect(":memory:")
con.execute("create table t(i, s)")
con.executemany("insert into t values (?, ?)", ((i, "r%d" % i) for i in range(50)))
got = []
for i in range(2000):
    got.append(con.execute("select s from t where i = ?", (i % 50,)).fetchone()[0])
    if i % 7 == 0:
        con.execute("select i from t")
print(len(got), got[:3], got[-3:], con.execute("select count(*) from t").fetchone())
con.execute("drop table t")
print("dropped")

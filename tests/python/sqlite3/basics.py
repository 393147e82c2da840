# sqlite3 basics: storage classes, description, rowcount, lastrowid, fetch*.
import sqlite3

con = sqlite3.connect(":memory:")
cur = con.cursor()
print(cur.rowcount, cur.lastrowid, cur.description, cur.arraysize, cur.connection is con)
cur.execute("create table t(i integer primary key, r real, s text, b blob, n)")
print(cur.rowcount, cur.lastrowid, cur.description)
rows = [(1.5, "one", b"\x00\x01", None), (2.25, "two", b"", 7), (-0.0, "", bytearray(b"ab"), "x"),
        (1e300, "é ü 中", memoryview(b"mv"), 2**62)]
for r in rows:
    cur.execute("insert into t(r, s, b, n) values (?, ?, ?, ?)", r)
    print("insert", cur.rowcount, cur.lastrowid)
cur.execute("select * from t order by i")
print([d[0] for d in cur.description])
print(cur.rowcount)
print(cur.fetchone())
print(cur.fetchmany())
print(cur.fetchmany(5))
print(cur.fetchall(), cur.fetchone())
for row in con.execute("select i, typeof(r), typeof(s), typeof(b), typeof(n) from t"):
    print(row)
print(con.execute("select count(*), sum(i), avg(r) from t where i < 4").fetchone())
cur.arraysize = 3
print(len(cur.execute("select * from t").fetchmany()))
cur.execute("update t set n = 0 where i > 1")
print("update", cur.rowcount, cur.description)
cur.executemany("insert into t(s) values (?)", [("a",), ("b",), ("c",)])
print("executemany", cur.rowcount, cur.lastrowid)
cur.executemany("insert into t(s) values (?)", (("g%d" % i,) for i in range(4)))
print("generator", cur.rowcount)
cur.execute("delete from t where s like 'g%'")
print("delete", cur.rowcount)
print(con.total_changes)
print(con.execute("select 1 as a, 'x' as \"b c\"").description)
print(con.execute("").fetchall(), con.execute("-- only a comment").description)
print(con.execute("select ?", (2**63 - 1,)).fetchone(), con.execute("select ?", (-2**63,)).fetchone())
print(con.execute("select 10/3, 10/3.0, 'a' || 'b', x'414243', null").fetchone())
print(list(con.execute("select value from (select 1 as value union all select 2)")))
print(iter(cur) is cur)
cur.close()
try:
    cur.fetchone()
except sqlite3.ProgrammingError as e:
    print("closed:", e)
print(sqlite3.complete_statement("select 1;"), sqlite3.complete_statement("select 1"))
print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety, sqlite3.version)
print(type(sqlite3.sqlite_version_info), len(sqlite3.sqlite_version_info))
print(sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES, sqlite3.SQLITE_OK, sqlite3.SQLITE_DENY,
      sqlite3.SQLITE_IGNORE, sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_LIMIT_LENGTH)
con.close()
con.close()

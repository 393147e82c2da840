# sqlite3 connection hooks: set_authorizer, set_progress_handler,
# set_trace_callback, limits and interrupt.
import sqlite3

con = sqlite3.connect(":memory:")
con.executescript("create table public(a, b); create table secret(x); insert into public values (1, 2);")
seen = []
def auth(action, arg1, arg2, dbname, source):
    seen.append((action, arg1, arg2, dbname, source))
    if arg1 == "secret":
        return sqlite3.SQLITE_DENY
    if arg2 == "b":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK
con.set_authorizer(auth)
print(con.execute("select a, b from public").fetchall())
print(sorted(set(seen))[:4])
try:
    con.execute("select * from secret")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
con.set_authorizer(lambda *a: 1 / 0)
try:
    con.execute("select 1")
except sqlite3.DatabaseError as e:
    print("raising authorizer:", type(e).__name__, e)
con.set_authorizer(lambda *a: "ok")
try:
    con.execute("select 1")
except sqlite3.DatabaseError as e:
    print("str authorizer:", e)
con.set_authorizer(None)
print(con.execute("select * from secret").fetchall())

calls = []
def progress():
    calls.append(1)
    return 0
con.set_progress_handler(progress, 1)
con.execute("select count(*) from (with recursive c(x) as (select 1 union all select x + 1 from c where x < 100) select x from c)").fetchall()
print("progress called", len(calls) > 0)
con.set_progress_handler(lambda: 1, 1)
try:
    con.execute("select 1").fetchall()
except sqlite3.OperationalError as e:
    print("abort:", e)
con.set_progress_handler(None, 1)
print(con.execute("select 2").fetchall())

stmts = []
con.set_trace_callback(stmts.append)
con.execute("insert into public values (?, ?)", (3, "it's"))
con.execute("select * from public where a = ?", (3,)).fetchall()
con.commit()
con.set_trace_callback(None)
con.execute("select 3")
print(stmts)
try:
    con.set_trace_callback(5)
except TypeError as e:
    print(e)

print(con.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) > 0)
old = con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 40)
try:
    con.execute("select '%s'" % ("a" * 50)).fetchall()
except sqlite3.DataError as e:
    print("length limit:", type(e).__name__, e)
print(con.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, old), con.getlimit(sqlite3.SQLITE_LIMIT_LENGTH) == old)
try:
    con.setlimit(-1, 1)
except sqlite3.ProgrammingError as e:
    print(e)
print(con.execute("select 4").fetchall())

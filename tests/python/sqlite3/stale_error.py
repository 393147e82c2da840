# A failed bind reports a stale connection error first, as CPython 3.11 does.
import sqlite3
def t(con, sql, args):
    try:
        print(con.execute(sql, args).fetchall())
    except Exception as e:
        print(type(e).__name__, e, "| ctx:", type(e.__context__).__name__)
con = sqlite3.connect(":memory:")
t(con, "select ?", (1,))
t(con, "selec", ())
t(con, "select ?", (object(),))
t(con, "select ?", (2**63,))
t(con, "select ?, ?", (1, object()))
t(con, "select 1", ())
t(con, "select ?", (2**63,))
t(con, "select ?", (object(),))
t(con, "selec", ())
t(con, "select ?, ?", (1, 2**63))
t(con, "select ?, ?", (1, 2))
t(con, "select ?, ?", (1, 2**63))

# enable_callback_tracebacks reports callback errors through sys.unraisablehook.
import sqlite3, sys
def hook(u):
    print("hook:", u.exc_type.__name__, u.err_msg, getattr(u.object, "__name__", u.object))
sys.unraisablehook = hook
con = sqlite3.connect(":memory:")
def bad(x):
    return 1 / x
con.create_function("bad", 1, bad)
class Agg:
    def step(self, x):
        raise KeyError(x)
    def finalize(self):
        return 0
con.create_aggregate("agg", 1, Agg)
con.create_collation("coll", lambda a, b: 1 / 0)
for enabled in (False, True):
    sqlite3.enable_callback_tracebacks(enabled)
    for sql in ["select bad(0)", "select agg(1)", "select 'a' union select 'b' order by 1 collate coll"]:
        try:
            print(con.execute(sql).fetchall())
        except Exception as e:
            print("raised", type(e).__name__, e)
con.set_authorizer(lambda *a: 1 / 0)
try:
    con.execute("select 1")
except sqlite3.DatabaseError as e:
    print("raised", e)

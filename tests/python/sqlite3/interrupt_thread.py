# Connection.interrupt() from another thread stops a running query.
import sqlite3, threading, time
con = sqlite3.connect(":memory:")
def stopper():
    time.sleep(0.2)
    con.interrupt()
t = threading.Thread(target=stopper); t.start()
try:
    con.execute("with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c").fetchone()
except sqlite3.OperationalError as e:
    print("interrupted:", e)
t.join()
print(con.execute("select 1").fetchone())

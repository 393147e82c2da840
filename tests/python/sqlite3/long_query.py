# sqlite3 releases the GIL during a long query: another thread keeps running.
import sqlite3, threading, time
ticks = []
stop = False
def ticker():
    while not stop:
        ticks.append(1)
        time.sleep(0.01)
t = threading.Thread(target=ticker); t.start()
con = sqlite3.connect(":memory:")
t0 = time.time()
n = con.execute("with recursive c(x) as (select 1 union all select x + 1 from c where x < 1000000) select count(*) from c").fetchone()
el = time.time() - t0
stop = True; t.join()
print(n, len(ticks) > 3)

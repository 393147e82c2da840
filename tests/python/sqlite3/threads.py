# sqlite3 and threads: check_same_thread, a shared connection, and a
# writer in another thread waiting (busy timeout) for a lock to be released.
import sqlite3, threading
con = sqlite3.connect(":memory:")
cur = con.cursor()
res = []
def worker():
    for fn in [lambda: con.execute("select 1"), lambda: cur.fetchone(), lambda: con.close(), lambda: con.commit()]:
        try:
            fn()
            res.append("ok")
        except sqlite3.ProgrammingError as e:
            res.append(str(e).split(".")[0])
t = threading.Thread(target=worker); t.start(); t.join()
print(res)
con2 = sqlite3.connect(":memory:", check_same_thread=False)
con2.execute("create table t(x)")
lock2 = threading.Lock()  # one statement at a time: CPython can raise "Recursive use of cursors" otherwise
def w2(i):
    for j in range(50):
        with lock2:
            con2.execute("insert into t values (?)", (i,))
ts = [threading.Thread(target=w2, args=(i,)) for i in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print(con2.execute("select count(*) from t").fetchone())
import tempfile, os, time
d = tempfile.mkdtemp(); path = os.path.join(d, "x.db")
a = sqlite3.connect(path); a.execute("create table t(x)"); a.commit()
a.execute("insert into t values (1)")  # a holds a write lock
out = []
def writer():
    b = sqlite3.connect(path, timeout=5)
    b.execute("insert into t values (2)")
    b.commit()
    out.append("b committed")
t = threading.Thread(target=writer); t.start()
time.sleep(0.3)
a.commit(); out.append("a committed")
t.join()
print(out, a.execute("select count(*) from t").fetchone())
c = sqlite3.connect(path, timeout=0.2)
c.execute("begin exclusive")
t0 = time.time()
try:
    sqlite3.connect(path, timeout=0.3).execute("select * from t")
except sqlite3.OperationalError as e:
    print(e, 0.25 < time.time() - t0 < 2)
c.rollback(); c.close(); a.close(); os.remove(path); os.rmdir(d)

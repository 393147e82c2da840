# sqlite3 Blob (Connection.blobopen), backup, iterdump, serialize.
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("create table t(b blob)")
con.execute("insert into t values (zeroblob(10))")
con.execute("insert into t values (?)", (b"hello world",))
b = con.blobopen("t", "b", 1)
print(len(b), b.read(3), b.tell(), b.seek(2), b.tell(), b[0], b[1:4], b[-1], b[::3])
b.write(b"ab")
print(b.tell(), b[:])
b[0] = 65
b[1:3] = b"XY"
b.seek(-2, 2)
b.write(b"Z!")
b.seek(0)
print(b.read(), b.read(), b.tell())
b.seek(-3, 1)
print(b.read(1))
for fn in [lambda: b.seek(100), lambda: b.seek(0, 7), lambda: b.write(b"x" * 20), lambda: b[20],
           lambda: b.__setitem__(0, 300), lambda: b.__setitem__(0, b"x"), lambda: b.__setitem__(slice(0, 2), b"x"),
           lambda: b["a"], lambda: iter(b), lambda: b.__delitem__(0), lambda: b + b,
           lambda: con.blobopen("t", "b", 5), lambda: con.blobopen("t", "nope", 1), lambda: con.blobopen("nope", "b", 1)]:
    try:
        print(fn())
    except Exception as e:
        print(type(e).__name__, e)
b.close()
b.close()
try:
    b.read()
except sqlite3.ProgrammingError as e:
    print(e)
with con.blobopen("t", "b", 2, readonly=True) as rb:
    print(rb.read(5))
    try:
        rb.write(b"z")
    except sqlite3.OperationalError as e:
        print(e)
print(con.execute("select b from t").fetchall())

con.execute("create table kv(k primary key, v)")
con.executemany("insert into kv values (?, ?)", [("a", 1), ("b", 2.5), ("c", "it's"), ("d", b"\x01"), ("e", None)])
con.execute("create index kv_v on kv(v)")
con.execute("create view kv_view as select k from kv")
con.commit()
for line in con.iterdump():
    print(line)
dst = sqlite3.connect(":memory:")
progress = []
con.backup(dst, pages=1, progress=lambda status, remaining, total: progress.append((status, remaining, total)))
print(dst.execute("select * from kv order by k").fetchall(), len(progress) > 0, progress[-1][1])
for kwargs in [dict(target=con), dict(target=3), dict(target=dst, progress=3), dict(target=dst, name="nope"),
               dict(target=dst, sleep=-1)]:
    try:
        con.backup(**kwargs)
    except Exception as e:
        print(type(e).__name__, e)
data = con.serialize()
print(type(data).__name__, len(data) % 512, data[:15])
fresh = sqlite3.connect(":memory:")
fresh.deserialize(data)
print(fresh.execute("select count(*) from kv").fetchone())
try:
    fresh.deserialize(b"not a database" * 100)
    fresh.execute("select * from kv")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)

# sqlite3 adapters and converters: register_adapter/register_converter,
# __conform__, adapt(), detect_types PARSE_DECLTYPES and PARSE_COLNAMES.
import sqlite3, datetime, decimal

print(sorted(k[0].__name__ for k in sqlite3.adapters), sorted(sqlite3.converters))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
class Conformer:
    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "conformed"
sqlite3.register_adapter(Point, lambda p: "%s;%s" % (p.x, p.y))
sqlite3.register_converter("point", lambda b: Point(*map(float, b.split(b";"))))
sqlite3.register_adapter(decimal.Decimal, str)
sqlite3.register_converter("DEC", lambda b: decimal.Decimal(b.decode()))
con = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
con.execute("create table t(p point, d dec, day date, ts timestamp, n number(10), plain)")
con.execute("insert into t values (?, ?, ?, ?, ?, ?)",
            (Point(1, 2.5), decimal.Decimal("1.10"), datetime.date(2024, 2, 29),
             datetime.datetime(2024, 1, 2, 3, 4, 5, 678), 5, Conformer()))
print(con.execute("select * from t").fetchone())
print(con.execute("select p as \"p [text]\", d as \"d [dec]\", plain from t").fetchone())
print(con.execute("select p as \"pp [POINT]\" from t").description)
con.execute("insert into t(p, d) values (null, '')")
print(con.execute("select p, d from t where p is null").fetchone())
print(sqlite3.adapt(Point(3, 4)), sqlite3.adapt(Conformer()), sqlite3.adapt(5, sqlite3.PrepareProtocol, "alt"))
print(sqlite3.adapt(object(), sqlite3.PrepareProtocol, None))
try:
    sqlite3.register_converter(1, str)
except TypeError as e:
    print(e)
sqlite3.register_converter("lower", lambda b: b.decode().lower())
print("LOWER" in sqlite3.converters, "lower" in sqlite3.converters)
def bad(b):
    raise ValueError("bad convert")
sqlite3.register_converter("BAD", bad)
try:
    con.execute("select 'x' as \"x [bad]\"").fetchone()
except ValueError as e:
    print("converter error", e)
con2 = sqlite3.connect(":memory:")
print(con2.execute("select ? ", (datetime.date(2020, 5, 6),)).fetchone())
print(con2.execute("select 1 as \"a [int]\"").description)
sqlite3.register_adapter(int, lambda i: i * 10)
print(con2.execute("select ?, ?", (3, True)).fetchone())
del sqlite3.adapters[(int, sqlite3.PrepareProtocol)]
class MyInt(int):
    pass
print(con2.execute("select ?, ?", (MyInt(4), 2.5)).fetchone())
print(type(sqlite3.PrepareProtocol()).__name__)
print(bytes(sqlite3.Binary(b"x")), sqlite3.Date(2000, 1, 1), sqlite3.Timestamp(2000, 1, 1, 1, 1))

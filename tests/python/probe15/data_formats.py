# Data interchange: csv quoting/dialects/DictWriter, json hooks/default/indent/sort_keys/errors,
# sqlite3 queries with row factories/aggregates/transactions, configparser interpolation.
import csv, io, json, sqlite3, configparser, decimal, datetime, fractions, collections

rows = [{"name": 'Widget "Pro"', "price": 9.5, "tags": "a,b", "note": "multi\nline"},
        {"name": "Plain", "price": 3, "tags": "", "note": None}]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["name", "price", "tags", "note"], quoting=quoting, lineterminator="\n")
    w.writeheader(); w.writerows(rows)
    print(repr(buf.getvalue()))
    back = list(csv.DictReader(io.StringIO(buf.getvalue()), quoting=quoting if quoting != csv.QUOTE_ALL else csv.QUOTE_MINIMAL))
    print(back)
buf = io.StringIO()
w = csv.writer(buf, delimiter="|", escapechar="\\", quoting=csv.QUOTE_NONE, lineterminator="\n")
w.writerow(["a|b", "c", 1.5])
print(repr(buf.getvalue()), list(csv.reader(io.StringIO(buf.getvalue()), delimiter="|", escapechar="\\")))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("csv.Error", e)
sn = csv.Sniffer()
sample = "id;name;score\n1;ann;3.5\n2;bob;4.0\n"
d = sn.sniff(sample)
print(d.delimiter, sn.has_header(sample), list(csv.reader(io.StringIO(sample), d))[1])
csv.register_dialect("pipes", delimiter="|", quotechar="'", skipinitialspace=True)
print(list(csv.reader(["a| 'b|c'| d"], "pipes")), csv.list_dialects()[-1] if "pipes" in csv.list_dialects() else None)
print(list(csv.reader(['a,"b""c",d', ' x , "y" ,z'], skipinitialspace=True)), list(csv.reader(['1,"unterminated'])))
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print("csv.Error", e)

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, decimal.Decimal): return str(o)
        if isinstance(o, (datetime.date, datetime.datetime)): return o.isoformat()
        if isinstance(o, set): return sorted(o)
        return super().default(o)
obj = {"z": decimal.Decimal("1.10"), "a": datetime.date(2024, 1, 2), "s": {3, 1}, "n": None, "f": 1e100, "t": (1, 2), "u": "é✓"}
print(json.dumps(obj, cls=Enc, sort_keys=True))
print(json.dumps(obj, cls=Enc, indent=2, ensure_ascii=False, separators=(",", ": ")))
print(json.dumps([1, {"b": [], "a": {}}], indent="\t"), json.dumps({1: 2, True: 3, None: 4, 2.5: 5}))
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps(float("inf")), json.dumps({(1, 2): 3}, skipkeys=True), json.dumps("\u2028<>&", ensure_ascii=True))
def hook(d):
    if "__frac__" in d: return fractions.Fraction(*d["__frac__"])
    return d
print(json.loads('{"x": {"__frac__": [1, 3]}, "y": [1.5, 2]}', object_hook=hook, parse_float=decimal.Decimal))
print(json.loads('[["a", 1], ["b", 2]]'), json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=collections.OrderedDict))
print(json.loads('{"n": NaN, "i": -Infinity, "big": 123456789012345678901234567890}'), json.loads('"\\ud83d\\ude00"'), json.loads(' 5 '), json.loads('1e400'))
for bad in ('{"a": 1,}', "[1, 2", '{"a" 1}', "", "tru", '{"a": "\x01"}', "[1] x", "'single'"):
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e.msg, e.pos, e.lineno, e.colno)
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), json.loads(b'{"bytes": true}'), json.loads('{"k": 1}', parse_int=str))

con = sqlite3.connect(":memory:")
con.row_factory = sqlite3.Row
con.execute("create table emp(id integer primary key, name text not null, dept text, salary real, hired date)")
con.executemany("insert into emp(name, dept, salary, hired) values (?, ?, ?, ?)",
                [("ann", "eng", 120.5, "2020-01-05"), ("bob", "ops", 90, "2019-03-01"), ("cy", "eng", 101, None), ("di", None, 70, "2021-07-30")])
con.commit()
for r in con.execute("select dept, count(*) n, round(avg(salary), 2) avg, group_concat(name, '+') who from emp group by dept order by dept nulls first"):
    print(dict(r), r["n"], r.keys())
cur = con.execute("select * from emp where salary > :min order by salary desc", {"min": 80})
print([tuple(r) for r in cur.fetchall()], [c[0] for c in cur.description])
class Median:
    def __init__(self): self.v = []
    def step(self, x): self.v.append(x)
    def finalize(self):
        s = sorted(self.v); n = len(s)
        return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
con.create_aggregate("median", 1, Median)
con.create_function("initial", 1, lambda s: s[0].upper() if s else None, deterministic=True)
print(con.execute("select median(salary), group_concat(initial(name), '') from emp").fetchone()[:])
try:
    with con:
        con.execute("insert into emp(name) values ('ed')")
        con.execute("insert into emp(name) values (NULL)")
except sqlite3.IntegrityError as e:
    print("IntegrityError", e)
print(con.execute("select count(*) from emp").fetchone()[0], con.total_changes, con.in_transaction)
try:
    con.execute("selec 1")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
con.row_factory = None
print(con.execute("select ?, ?, ?, ?, typeof(?)", (1, 2.5, "s", b"\x00\x01", None)).fetchone(), sqlite3.sqlite_version_info >= (3, 0))
cur = con.cursor(); cur.execute("insert into emp(name) values ('fy')"); print(cur.lastrowid, cur.rowcount)
print(list(con.iterdump())[:2])
con.close()

cp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
cp.read_string("""
[DEFAULT]
base = /srv
debug = no
[paths]
logs = ${base}/logs
cache = ${logs}/cache
[server]
port = 8080
hosts = a.example
    b.example
ratio = 0.75
debug = yes
""")
print(cp.sections(), cp["paths"]["cache"], cp.getint("server", "port"), cp.getboolean("server", "debug"), cp.getboolean("paths", "debug"))
print(cp.getfloat("server", "ratio"), cp["server"]["hosts"].split(), cp.get("server", "missing", fallback="fb"), dict(cp["paths"]))
print(cp.has_option("paths", "base"), list(cp["server"]), cp.items("paths", raw=True))
cp2 = configparser.ConfigParser()
cp2.read_string("[a]\nx = %(y)s-1\ny = val\nz = 100%%\n")
print(cp2["a"]["x"], cp2["a"]["z"])
try:
    cp2.read_string("[a]\nx = 1\n[a]\n")
except configparser.DuplicateSectionError as e:
    print("DuplicateSectionError", e)
try:
    cp2.read_string("no header\n")
except configparser.MissingSectionHeaderError as e:
    print("MissingSectionHeaderError", e)
cp3 = configparser.ConfigParser(); cp3.read_string("[s]\nbad = %(nope)s\n")
try:
    cp3["s"]["bad"]
except configparser.InterpolationMissingOptionError as e:
    print("InterpolationMissingOptionError", e)
out = io.StringIO(); cp2["b"] = {"k": "v", "n": "1"}; cp2.write(out); print(repr(out.getvalue()))

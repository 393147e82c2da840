# Data processing: csv, statistics, collections, itertools, functools, operator, heapq, bisect.
import csv, io, statistics, itertools, functools, operator, heapq, bisect
from collections import Counter, defaultdict, OrderedDict, deque, ChainMap, namedtuple

RAW = """region,product,units,price,date
north,widget,12,2.50,2023-01-03
south,gadget,5,10.00,2023-01-04
north,gadget,7,10.00,2023-01-04
east,widget,"1,000",2.25,2023-01-05
south,widget,3,2.50,2023-01-06
west,"doohickey, large",1,99.99,2023-01-07
north,widget,8,2.50,2023-01-09
"""

rows = list(csv.DictReader(io.StringIO(RAW)))
for r in rows:
    r["units"] = int(r["units"].replace(",", ""))
    r["price"] = float(r["price"])
print(rows[3])
print(csv.DictReader(io.StringIO(RAW)).fieldnames)

by_region = defaultdict(list)
for r in rows:
    by_region[r["region"]].append(r["units"] * r["price"])
for region in sorted(by_region):
    vals = by_region[region]
    print(f"{region:6} n={len(vals)} total={sum(vals):9.2f} mean={statistics.mean(vals):8.3f}")

units = [r["units"] for r in rows]
print(statistics.median(units), statistics.median_low(units), statistics.median_high(units))
print(round(statistics.pstdev(units), 6), round(statistics.stdev(units), 6))
print(statistics.mode([1, 2, 2, 3, 3, 3]), statistics.multimode("aabbc"))
print(statistics.quantiles(units, n=4))
print(statistics.fmean([1.5, 2.5, 3.5]), statistics.geometric_mean([1, 2, 4]), statistics.harmonic_mean([1, 2, 4]))
print(statistics.correlation([1, 2, 3, 4], [2, 4, 5, 9]))
print(statistics.linear_regression([1, 2, 3, 4], [2, 4, 5, 9]))
nd = statistics.NormalDist(10, 2)
print(nd, round(nd.cdf(12), 6), round(nd.inv_cdf(0.9), 6))

c = Counter(r["product"] for r in rows)
print(c.most_common(2), sorted(c.elements()))
c2 = Counter(widget=1, gizmo=4)
print(c + c2, c - c2, c & c2, c | c2)
print(c.total(), +Counter(a=-1, b=2))

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False))

dq = deque(range(10), maxlen=5)
dq.rotate(2)
dq.appendleft(-1)
print(dq, dq.maxlen, dq.count(8))

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap({}, env, defaults)
cm["color"] = "blue"
print(cm["user"], cm["color"], dict(cm), cm.maps[0], len(cm.new_child().maps))

Pt = namedtuple("Pt", "x y", defaults=[0])
p = Pt(3)
print(p, p._replace(y=5), p._asdict(), Pt._fields, Pt._field_defaults)

def pairwise_sum(xs):
    return [a + b for a, b in itertools.pairwise(xs)]
print(pairwise_sum([1, 2, 4, 8]))
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul, initial=10)))
print([list(g) for k, g in itertools.groupby(sorted("mississippi"))])
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(list(itertools.combinations_with_replacement("ab", 2)), len(list(itertools.permutations(range(4), 2))))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.product("ab", repeat=2)), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])))

@functools.lru_cache(maxsize=32)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@functools.singledispatch
def describe(x):
    return f"object {x!r}"
@describe.register
def _(x: int):
    return f"int {x}"
@describe.register(list)
def _(x):
    return "list of " + ", ".join(describe(i) for i in x)
print(describe(3), "|", describe([1, "a"]), "|", describe(2.5))

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1"))

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing")
        return round(3.14159 * self.r ** 2, 3)
ci = Circle(2)
print(ci.area, ci.area, "area" in vars(ci))

print(functools.reduce(operator.add, range(5), 100), functools.partial(int, base=2)("1011"))
print(sorted(rows, key=operator.itemgetter("region", "units"))[0]["date"])
print(list(map(operator.attrgetter("x"), [p, Pt(9, 9)])), operator.methodcaller("upper")("abc"))

h = []
for r in rows:
    heapq.heappush(h, (-r["units"], r["date"]))
print([heapq.heappop(h) for _ in range(3)])
print(heapq.nlargest(2, rows, key=lambda r: r["price"])[1]["product"], heapq.nsmallest(3, units))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))

grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in [33, 60, 75, 99]])
a = [1, 3, 3, 5]
bisect.insort(a, 3)
bisect.insort_left(a, 4)
print(a, bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 10, key=None))

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["region", "total"], quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w.writeheader()
for region in sorted(by_region):
    w.writerow({"region": region, "total": round(sum(by_region[region]), 2)})
print(out.getvalue(), end="")
csv.register_dialect("pipes", delimiter="|", quotechar="'", quoting=csv.QUOTE_MINIMAL)
out = io.StringIO()
wr = csv.writer(out, dialect="pipes")
wr.writerows([["a|b", "c'd", 1.5], ["", None, "x\ny"]])
print(repr(out.getvalue()))
print(list(csv.reader(io.StringIO(out.getvalue()), dialect="pipes")))
print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter, csv.list_dialects())

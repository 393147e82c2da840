"""A sales-report batch job: reads CSV, aggregates, writes JSON and a text report."""
import csv, json, io, sys, os, tempfile, statistics, itertools, collections, operator, functools, string, textwrap, heapq, math
from dataclasses import dataclass, field
from collections import defaultdict, Counter, namedtuple

RAW = """region,rep,product,units,price,date
north,ann,widget,10,2.50,2024-01-03
north,ann,gadget,3,10.00,2024-01-04
south,bob,widget,7,2.50,2024-01-04
south,bob,gizmo,1,99.99,2024-01-05
east,cy,widget,,2.50,2024-01-05
west,di,gadget,5,abc,2024-01-06
north,ed,gizmo,2,99.99,2024-02-01
south,bob,widget,20,2.25,2024-02-02
east,cy,gadget,4,10.00,2024-02-03
"""
Sale = namedtuple("Sale", "region rep product units price month")

@dataclass
class Stats:
    units: int = 0
    revenue: float = 0.0
    products: Counter = field(default_factory=Counter)
    def add(self, s):
        self.units += s.units
        self.revenue += s.units * s.price
        self.products[s.product] += s.units

def load(text):
    good, bad = [], []
    for lineno, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            good.append(Sale(row["region"], row["rep"], row["product"], int(row["units"]), float(row["price"]), row["date"][:7]))
        except ValueError as e:
            bad.append((lineno, str(e)))
    return good, bad

sales, errors = load(RAW)
for lineno, msg in errors:
    print(f"line {lineno}: skipped ({msg})", file=sys.stderr)
    print(f"line {lineno}: skipped ({msg})")
by_region = defaultdict(Stats)
for s in sales:
    by_region[s.region].add(s)
print(f"{'region':<8}{'units':>6}{'revenue':>10}  top")
for region, st in sorted(by_region.items(), key=lambda kv: -kv[1].revenue):
    top = st.products.most_common(1)[0]
    print(f"{region:<8}{st.units:>6}{st.revenue:>10,.2f}  {top[0]}({top[1]})")
total = sum(s.units * s.price for s in sales)
print(f"total revenue: {total:,.2f}; mean order {statistics.mean(s.units * s.price for s in sales):.3f}")
print("median units", statistics.median(s.units for s in sales), "stdev", round(statistics.stdev(s.units for s in sales), 4))
months = {m: sum(x.units for x in g) for m, g in itertools.groupby(sorted(sales, key=operator.attrgetter("month")), key=operator.attrgetter("month"))}
print(months)
reps = Counter(s.rep for s in sales)
print(reps.most_common(), heapq.nlargest(2, sales, key=lambda s: s.units * s.price))
pivot = defaultdict(lambda: defaultdict(int))
for s in sales:
    pivot[s.region][s.product] += s.units
prods = sorted({s.product for s in sales})
print("      " + "".join(f"{p:>8}" for p in prods))
for r in sorted(pivot):
    print(f"{r:<6}" + "".join(f"{pivot[r][p]:>8}" for p in prods))
out = {"regions": {r: {"units": st.units, "revenue": round(st.revenue, 2), "products": dict(st.products)} for r, st in sorted(by_region.items())},
       "errors": errors, "total": round(total, 2), "ratio": total / 3, "nan_safe": math.isfinite(total)}
print(json.dumps(out, indent=2, sort_keys=True))
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["region", "units", "revenue", "note"])
for r, st in sorted(by_region.items()):
    w.writerow([r, st.units, f"{st.revenue:.2f}", 'has "quotes", commas' if r == "north" else ""])
tmpl = string.Template("Dear $rep,\nYou sold $units units in $region (${pct}% of total).")
for rep, grp in itertools.groupby(sorted(sales, key=lambda s: s.rep), key=lambda s: s.rep):
    grp = list(grp)
    units = sum(g.units for g in grp)
    print(textwrap.indent(tmpl.substitute(rep=rep.title(), units=units, region=grp[0].region, pct=f"{100 * units / sum(s.units for s in sales):.1f}"), "  "))
print(functools.reduce(lambda a, b: a * b, (s.units for s in sales)))
print("%-10s|%5d|%8.3f|%x|%o|%e|%r" % ("pct", 42, math.pi, 255, 8, 12345.678, "q"))
print("{:^12}|{:+d}|{:08.2f}|{:#x}|{:,}|{:_b}|{:.2%}|{!a}".format("center", 5, -3.14159, 255, 1234567, 10, 0.256, "é"))
print(f"{'nested':{'>'}{12}}|{3.0:g}|{1e-7:g}|{1e16:g}|{123456789.0:.3g}|{0.5:.0f}|{1.5:.0f}|{2.5:.0f}")
raise SystemExit(f"finished with {len(errors)} errors")

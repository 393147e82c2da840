# statistics/fractions/math in reporting code, textwrap/shlex/string.Template/difflib/pprint,
# heapq/bisect with key=, calendar text, locale-free number formatting.
import statistics as st, fractions, math, textwrap, shlex, string, difflib, pprint, heapq, bisect, calendar, random
from fractions import Fraction as F

data = [2.5, 3.1, 4.7, 3.1, 5.0, 6.2, 3.1, 4.4]
print(st.mean(data), st.fmean(data), st.median(data), st.median_low(data), st.median_high(data), st.mode(data), st.multimode([1, 1, 2, 2, 3]))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data), st.harmonic_mean([40, 60]), st.geometric_mean([1, 10, 100]))
print(st.quantiles(data, n=4), st.quantiles(range(1, 11), n=10, method="inclusive"), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
x, y = [1, 2, 3, 4, 5], [2, 4, 5, 4, 5]
print(st.correlation(x, y), st.covariance(x, y), st.linear_regression(x, y))
nd = st.NormalDist(100, 15)
print(nd, round(nd.cdf(115), 6), round(nd.inv_cdf(0.975), 4), nd.zscore(130), round(nd.overlap(st.NormalDist(110, 10)), 6), nd + 5, nd * 2)
print(st.mean([F(1, 3), F(1, 6)]), st.median([F(1, 2), F(1, 3)]), st.mean([1, 2, 3, 4]), type(st.mean([1, 2])).__name__)
for bad in ([], ):
    try:
        st.mean(bad)
    except st.StatisticsError as e:
        print("StatisticsError", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError", e)
a = F(3, 4); b = F("1.25"); c = F(0.1); d = F(1, 3)
print(a + b, a * d, a / b, a ** 2, d ** -2, F(-7, 3) // 2, F(-7, 3) % 2, round(F(7, 2)), round(F(5, 2)), round(d, 3), c, c.limit_denominator(10))
print(F("3/9"), F(" -2.5e-2 "), float(d), int(F(-7, 2)), a < 1, a == 0.75, hash(F(1, 2)) == hash(0.5), F(1, 3).as_integer_ratio(), math.floor(F(-1, 2)), math.ceil(F(1, 3)))
print(f"{F(1, 3):}", str(F(5)), repr(F(2, 4)), F(10, 4).numerator, F.from_float(1.5), F.from_decimal(__import__("decimal").Decimal("0.125")))
try:
    F(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    F("1/2/3")
except ValueError as e:
    print("ValueError", e)
print(math.comb(10, 3), math.perm(5, 2), math.factorial(12), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.isqrt(99), math.dist((0, 0), (3, 4)), math.hypot(1, 2, 2), math.prod([1, 2, 3], start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.copysign(2, -0.0), math.remainder(10, 3), math.fmod(-7, 3), math.modf(-3.25), math.frexp(48.0), math.ldexp(0.75, 6))
print(math.log(1000, 10), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.expm1(1e-10), math.trunc(-2.7), math.nextafter(1.0, 2.0), math.ulp(1.0), math.tau, math.inf > 1e308)
print(f"{1234567.891:,.2f} {0.000123:.2e} {42:08b} {255:#x} {3.14159:>10.3f}| {-5:+d} {0.25:%} {1e21:g} {12345.678:_.1f} {'s':^7}|")

LONG = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.fill(LONG, width=30))
print(textwrap.wrap(LONG, 25, max_lines=3, placeholder=" [...]"), textwrap.shorten(LONG, 40))
print(textwrap.indent("a\n\nb\n", "> "), textwrap.indent("a\nb", "+ ", lambda l: l.startswith("b")), repr(textwrap.dedent("    x\n      y\n    z\n")))
print(textwrap.fill("item one two three four five six", 20, initial_indent="* ", subsequent_indent="  "), textwrap.TextWrapper(width=10, break_long_words=False).wrap("supercalifragilistic word"))
print(shlex.split("cmd --opt='a b' \"c d\" e\\ f # comment", comments=True), shlex.quote("it's"), shlex.quote(""), shlex.join(["a b", "c", "$x"]))
lx = shlex.shlex("a=1; b='two words' && c", posix=True, punctuation_chars=True)
print(list(lx))
try:
    shlex.split("unterminated 'quote")
except ValueError as e:
    print("ValueError", e)
t = string.Template("$who likes ${what}s, costs $$${cost}")
print(t.substitute(who="Tim", what="kung pao", cost=5), t.safe_substitute(who="Ann"), t.get_identifiers(), t.is_valid())
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError", e)
class PctT(string.Template):
    delimiter = "%"
print(PctT("%a and %{b}").substitute(a=1, b=2), string.capwords("hello   wORLD  x"), string.ascii_letters[:5], string.punctuation[:6])

a_lines = ["line one\n", "line two\n", "line three\n", "line four\n"]
b_lines = ["line one\n", "line 2\n", "line three\n", "line four\n", "line five\n"]
print("".join(difflib.unified_diff(a_lines, b_lines, fromfile="a.txt", tofile="b.txt", fromfiledate="d1", tofiledate="d2")))
print("".join(difflib.context_diff(a_lines, b_lines, n=1)))
print(list(difflib.ndiff(["abcde\n"], ["abXde\n"])))
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 6), sm.quick_ratio(), sm.real_quick_ratio(), sm.get_matching_blocks(), sm.get_opcodes())
sm2 = difflib.SequenceMatcher(lambda c: c == " ", "a b c d", "a  b  d")
print(sm2.find_longest_match(0, 7, 0, 7), list(sm2.get_grouped_opcodes(1)))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), difflib.get_close_matches("wheel", ["while", "whale", "wheat"], n=2, cutoff=0.5))
print(difflib.HtmlDiff(wrapcolumn=20).make_table(["a\n"], ["b\n"]).count("<tr>"))
nested = {"users": [{"name": "ann", "roles": ["admin", "dev"], "meta": {"age": 31, "tags": {3, 1}}}, {"name": "bob", "roles": [], "meta": None}],
          "config": {"retries": 3, "timeouts": (1.5, 3.0, 10.0), "hosts": ["h%d.example.com" % i for i in range(6)]}, "empty": {}}
pprint.pprint(nested, width=60)
pprint.pprint(nested, depth=2, compact=True, sort_dicts=False)
print(pprint.pformat(list(range(30)), width=40, compact=True), pprint.saferepr({"r": [1, 2]}), pprint.isreadable([1, object()]))
pprint.pp({"b": 1, "a": [1] * 15}, width=30)
rec = [1]; rec.append(rec); print(pprint.pformat(rec).split(" id=")[0], pprint.isrecursive(rec))

tasks = [("write", 3), ("read", 1), ("plan", 2), ("test", 2)]
print(heapq.nsmallest(2, tasks, key=lambda t: t[1]), heapq.nlargest(2, tasks, key=lambda t: (t[1], t[0])))
h = []
for name, pri in tasks:
    heapq.heappush(h, (pri, name))
print([heapq.heappop(h) for _ in range(2)], heapq.heappushpop(h, (0, "urgent")), heapq.heapreplace(h, (5, "late")), sorted(h))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)), list(heapq.merge([3, 1], [2], reverse=True)))
recs = sorted([("ann", 31), ("bob", 25), ("cy", 40)], key=lambda r: r[1])
print(bisect.bisect_left(recs, 31, key=lambda r: r[1]), bisect.bisect_right(recs, 31, key=lambda r: r[1]), bisect.bisect(recs, 100, key=lambda r: r[1]))
bisect.insort(recs, ("di", 33), key=lambda r: r[1]); print(recs)
grades = "FDCBA"; print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in (33, 99, 77, 70, 89, 90)])
print(calendar.month(2024, 2), calendar.monthrange(2023, 2), calendar.isleap(2000), calendar.leapdays(1900, 2020), calendar.weekday(2024, 7, 4), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 9, w=3), calendar.monthcalendar(2024, 2)[0], list(calendar.Calendar().iterweekdays()), calendar.timegm((2024, 1, 1, 0, 0, 0)))
print(calendar.HTMLCalendar().formatmonth(2024, 1).count("<td"), len(calendar.calendar(2023)))
rng = random.Random(42)
print(rng.random(), rng.randint(1, 100), rng.choice("abcdef"), rng.sample(range(100), 5), rng.uniform(1, 2), rng.gauss(0, 1), rng.choices("abc", weights=[5, 1, 1], k=6), rng.randrange(0, 100, 7), rng.getrandbits(20))
l = list(range(10)); rng.shuffle(l); print(l, rng.triangular(0, 10, 3), rng.betavariate(2, 3), rng.expovariate(1.5), rng.randbytes(4).hex())

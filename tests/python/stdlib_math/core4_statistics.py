# statistics with the _statistics accelerator: NormalDist quantiles and the
# accelerator's own argument checks; builtin functions' __module__/__reduce__.
import statistics
from _statistics import _normal_dist_inv_cdf as f
from fractions import Fraction
from decimal import Decimal

print(f.__module__, f.__name__)
for args in ((0.001, 1.5, 2.0), (0.2, 0, 1), (0.5, 3, 1), (0.7, -1, 0.5), (0.99, 0, 1),
             (1e-300, 0, 1), (1 - 1e-16, 0, 1), (float("nan"), 0, 1), (0.3, float("inf"), 1),
             (0.5, 0, 0), (0, 0, 1), (1, 0, 1), (0.5, 0, -1), (0.5, "x", 1)):
    try:
        print(args, repr(f(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)
for n in (2, 4):
    try:
        f(*range(n))
    except TypeError as e:
        print(e)
nd = statistics.NormalDist(100, 15)
print(nd.inv_cdf(0.975), nd.quantiles(4), nd.cdf(130), nd.overlap(statistics.NormalDist(110, 10)))
print(statistics.mean([1, 2, 3, 4.5]), statistics.median([3, 1, 2, 8]), statistics.mode("aabbbc"))
print(statistics.stdev([Fraction(1, 2), Fraction(3, 4), 2]), statistics.variance([Decimal("1.5"), 2, 3]))
print(statistics.quantiles(range(1, 101), n=10), statistics.geometric_mean([1, 2, 4]))
print(statistics.harmonic_mean([40, 60]), statistics.fmean([1, 2, 3], weights=[1, 1, 2]))
print(statistics.correlation([1, 2, 3], [2, 4, 7]), statistics.linear_regression([1, 2, 3], [2, 4, 7]))
print(statistics.multimode("aabbc"), statistics.pstdev([1, 2, 3, 4]))
import math, _bisect
print(math.sqrt.__module__, _bisect.bisect_right.__module__, len.__module__, [].append.__module__)
print(len.__reduce__(), [].append.__reduce__()[1][1])
import pickle, copy, enum


class E(enum.IntEnum):
    A = 1


print(pickle.loads(pickle.dumps(E.A)), pickle.loads(pickle.dumps(len)) is len, pickle.loads(pickle.dumps(math.floor)) is math.floor)

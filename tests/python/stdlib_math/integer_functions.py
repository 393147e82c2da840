# math's integer functions: gcd, lcm, isqrt, comb, perm, factorial, prod,
# with __index__ and their errors.
import math

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    print(label, repr(r))

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, 18, 8), math.gcd(0, 0), math.gcd(2**100, 6**50))
print(math.lcm(), math.lcm(4), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3**40))
print(math.gcd(I(12), 8), math.lcm(True, 3), type(math.gcd(True)))
show("gcd float", lambda: math.gcd(2.0, 4))
show("lcm str", lambda: math.lcm("a"))
for n in [0, 1, 2, 3, 15, 16, 17, 99, 100, 2**52 - 1, 2**52, 10**40, 10**100 + 7]:
    print("isqrt", n, math.isqrt(n))
show("isqrt -1", lambda: math.isqrt(-1))
show("isqrt 2.0", lambda: math.isqrt(2.0))
print(math.isqrt(I(50)), math.isqrt(True))
for n in [0, 1, 5, 10, 20, 30, 100]:
    print("factorial", n, math.factorial(n))
show("factorial -1", lambda: math.factorial(-1))
show("factorial 5.0", lambda: math.factorial(5.0))
show("factorial big", lambda: math.factorial(10**20))
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (0, 0), (100, 50), (60, 30), (10**6, 3)]:
    print("comb", n, k, math.comb(n, k), "perm", math.perm(n, k))
print(math.perm(6), math.perm(6, None), math.comb(I(6), I(2)))
for args in [(-1, 2), (5, -1), (5.0, 2), (5, "a"), (2**70, 2**69)]:
    show("comb %r" % (args,), lambda: math.comb(*args))
    show("perm %r" % (args,), lambda: math.perm(*args))
show("perm -1", lambda: math.perm(-1))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.prod(["ab"], start=1), math.prod([[1], 3]), math.prod(iter([2 ** 40, 2 ** 40])))
show("prod None", lambda: math.prod([None, 1]))
show("prod int", lambda: math.prod(3))
print(math.floor(7), math.ceil(-7), math.trunc(2**80), math.floor(2.5), math.ceil(2.5), math.floor(-2.5), math.ceil(-2.5))
print(math.floor(True), math.ceil(False), type(math.floor(1e20)), math.floor(1e20), math.ceil(-1e-300))
print(math.log(2**1000), math.log2(2**1000), math.log10(10**500), math.log(I(8)) if False else math.log(8))
show("log -big", lambda: math.log(-2**2000))
show("log 0 int", lambda: math.log(0))
show("log2 0", lambda: math.log2(0))
show("log10 -1", lambda: math.log10(-1))
print(math.log(2**2000, 2), math.log(10, 2**2000))
show("frexp big", lambda: math.frexp(2**2000))
show("ldexp float exp", lambda: math.ldexp(1.0, 2.0))
print(math.ldexp(1, True), math.ldexp(0.5, 1024), math.ldexp(3.0, -1074), math.ldexp(3.0, -1080))
show("ldexp overflow", lambda: math.ldexp(1.0, 1024))
show("ldexp big", lambda: math.ldexp(1.0, 10**100))
print(math.ldexp(1.0, -10**100), math.ldexp(-1.0, -10**100))

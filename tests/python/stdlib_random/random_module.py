# The random module (Lib/random.py over _random and _sha512): seeding from int,
# str, bytes, float and negative ints, the distributions, getstate/setstate, subclassing.
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.uniform(1, 2))
print(random.sample(range(100), 5), random.getrandbits(100), random.randrange(0, 1000, 7))
l = list(range(10)); random.shuffle(l); print(l)
print(random.gauss(0, 1), random.normalvariate(0, 1), random.expovariate(2), random.betavariate(2, 3))
print(random.choices('abc', weights=[1, 2, 3], k=5), random.triangular(), random.vonmisesvariate(1, 2))
random.seed("hello"); print(random.random())
random.seed(b"hello"); print(random.random())
random.seed(bytearray(b"xyz")); print(random.random())
random.seed(-7); print(random.random())
random.seed(3.25); print(random.random())
s = random.getstate(); a = random.random(); random.setstate(s); print(a == random.random(), s[0], len(s[1]))
r = random.Random(123); print(r.random(), r.randbytes(5))
class MyR(random.Random):
    def random(self):
        return 0.5
print(MyR(1).randint(0, 10), MyR(1).choice([1, 2, 3]))
random.seed(12345, version=1); print(random.random())
print(random.Random(2**100).random(), random.Random(-2**100).random())

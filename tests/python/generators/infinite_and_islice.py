import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(itertools.islice(naturals(), 5)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(itertools.islice(fib(), 15)))
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(3, naturals()))
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), next(evens))

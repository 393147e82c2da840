def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(-1)(1), [adder(i)(0) for i in range(3)])
def compose(*fs):
    def composed(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return composed
print(compose(str, abs, lambda x: x - 10)(3))
def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memo
def sq(n):
    print('computing', n)
    return n * n
print(sq(3), sq(3), sq(4), sorted(sq.cache))

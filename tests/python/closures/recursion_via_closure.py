def make_fact():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact
f = make_fact()
print(f(10), f.__code__.co_freevars)
def y_comb():
    fib = None
    def _fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    fib = _fib
    return fib
print(y_comb()(20))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90))
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(100), odd(77))
import sys
def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit())

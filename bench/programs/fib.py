# fib: naive doubly recursive Fibonacci (call overhead), plus a memoized
# and an iterative version that reaches big integers.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_memo(n, memo={}):
    if n < 2:
        return n
    r = memo.get(n)
    if r is None:
        r = fib_memo(n - 1) + fib_memo(n - 2)
        memo[n] = r
    return r


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    n = size(35, 15)
    print(fib(n))
    print(fib_memo(300) % 1000000007)
    print(fib_iter(2000) % 1000000007)


main()

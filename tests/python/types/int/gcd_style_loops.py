def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print([gcd(a, b) for a, b in [(48, 18), (17, 5), (0, 9), (2 ** 64, 2 ** 40 * 3), (-12, 18), (12, -18)]])
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(n) for n in [1, 7, 27, 97, 871]])
primes = [p for p in range(2, 200) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes)

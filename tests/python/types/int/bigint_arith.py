a = 2 ** 200 + 12345
b = 3 ** 100 - 1
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b, divmod(a, -b))
print(a ** 3)
print(a * a == a ** 2, (a * b) // b == a, (a * b) % b)
print(-(2 ** 64), abs(-(2 ** 64)), -(-(2 ** 64)) == 2 ** 64)
f = 1
for i in range(1, 60):
    f *= i
print(f, len(str(f)))
print(sum(2 ** i for i in range(0, 300, 7)))

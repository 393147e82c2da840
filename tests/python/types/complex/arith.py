a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), a.real, a.imag, a == 3 + 4j, a != b)
print(a ** 2, a ** 0.5, a ** -1, (1j) ** 2, 2 ** (1j), 1j ** 1j, 0j ** 0, pow(a, 2))
print(1 + 2j * 3, (1 + 2j) * 3, 2j / 2, 1 / 1j, 1j * 1j, complex(1, 2) + 1.5)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)
try:
    a // 2
except TypeError as e:
    print(e)
try:
    a % 2
except TypeError as e:
    print(e)

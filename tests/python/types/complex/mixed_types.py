print(1 + 1j == 1 + 1j, 1 == 1 + 0j, 1.5 == 1.5 + 0j, True + 1j, 2 * 1j, 1j - 1, 1j ** 2 == -1)
print(complex(True), complex(2 ** 60), complex(1.5, 2 ** 10))
try:
    complex(2 ** 1100)
except OverflowError as e:
    print(e)
try:
    complex('1', '2')
except TypeError as e:
    print(e)
class C:
    def __complex__(self): return 5
try:
    complex(C())
except TypeError as e:
    print(e)

print(True & 1, True | 2, False ^ True, ~True, True << 3, 5 >> True)
print(-1 & 0xFF, -256 | 15, -5 ^ 3, ~-1, -1 >> 10, -1 << 3, 1 << 100 >> 99)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1.0 & 1
except TypeError as e:
    print(e)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)

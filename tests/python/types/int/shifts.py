for v in [1, -1, 5, -5, 255, -256, 2 ** 70, -(2 ** 70) - 1]:
    print(v, [v << s for s in (0, 1, 7, 64)], [v >> s for s in (0, 1, 3, 64, 200)])
for bad in [-1, -100]:
    try:
        1 >> bad
    except ValueError as e:
        print(e)
print(0 << 1000, 1 >> 10 ** 20, -1 >> 10 ** 20)
try:
    1 << 10 ** 20
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)

print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-2 ** 100))
print(all([]), all([1, 2]), all([1, 0]), any([]), any([0, '', None]), any([0, 'x']))
print(all(iter([True, True])), any(x > 3 for x in range(5)))
try:
    all(5)
except TypeError as e:
    print(e)

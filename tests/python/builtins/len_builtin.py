print(len(''), len('日本'), len(b'ab'), len([1]), len((1, 2)), len({1: 2}), len({1}), len(range(10)), len(range(0, 10, 3)), len(range(2 ** 10)))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(e)
try:
    len(iter([]))
except TypeError as e:
    print(e)

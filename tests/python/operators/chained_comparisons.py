calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None, calls)
print(1 < 2 > 0 <= 0 >= -1 != 5 == 5)
x = 5
print(0 < x < 10, 0 < x < 3, 'a' in 'abc' in ['abc'])

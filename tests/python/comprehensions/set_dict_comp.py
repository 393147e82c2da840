print(sorted({x % 3 for x in range(10)}), {k: v for k, v in [('a', 1), ('a', 2), ('b', 3)]})
print({c: c.upper() for c in 'abc' if c != 'b'}, {i: i * i for i in range(4)})
d = {'x': 1, 'y': 2}
print({v: k for k, v in d.items()})
print({(i, j) for i in range(2) for j in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(e)
order = []
def k(x):
    order.append(('k', x))
    return x
def v(x):
    order.append(('v', x))
    return x
{k(i): v(i) for i in range(2)}
print(order)

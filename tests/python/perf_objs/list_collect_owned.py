# list(x), list.extend and sorted(x) keep the array they collect instead
# of copying it again: the result must never share items with a tuple, a
# list or a subclass it came from.
t = (3, 1, 2)
l = list(t)
l.append(0)
l.sort()
print(t, l)
src = [5, 4]
c = list(src)
c[0] = 9
print(src, c)


class L(list):
    def __iter__(self):
        return iter([7, 8])


s = L([1, 2])
print(list(s), sorted(s), s)
e = []
e.extend(iter((1, 2)))
e.extend((3,))
e.extend(e)
e.extend(x for x in "ab")
print(e)
st = sorted(t)
st.append(4)
print(t, st, sorted(src), src, sorted(x % 3 for x in range(7)), sorted({3: 1, 1: 2}), sorted("cba", reverse=True))
d = {"b": 1, "a": 2}
print(list(d), list(d.values()), list(d.items()), sorted(d.items(), key=lambda p: p[1]))
g = (i * i for i in range(4))
lg = list(g)
print(lg, list(g))
try:
    sorted([1, "a"])
except TypeError as ex:
    print("TypeError", ex)
try:
    list(5)
except TypeError as ex:
    print("TypeError", ex)
e2 = [1]
e2.extend(range(2, 5))
print(e2, list(range(3)), list(map(str, t)), list(zip(t, src)))

# New lists made by displays, slices, copies and concatenations copy their
# items by a loop when few, by copy() when many: every length around the
# boundary must give the same lists, and the sources must be untouched.

base = list(range(20)) + ["s", None, 2**70, 1.5, (1,), [2]]
out = []
for n in range(len(base) + 1):
    a = base[:n]
    for i in range(n + 1):
        rest = a[:i] + a[i + 1:]
        out.append((len(rest), rest[-3:]))
        tail = a[i:] + a[:i]
        out.append(tail[:2])
    out.append([a[0] if a else 0] + a)
    out.append(a + [n])
    out.append(list(a) == a and list(a) is not a)
    out.append(list(tuple(a)))
    out.append(a[::2] + a[1::3])
print(len(out))
print(out[:40])
print(out[-40:])
print(base)

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

ps = list(permutations(list("abcde")))
print(len(ps), len(set(map(tuple, ps))), ps[:3], ps[-3:])
ps = list(permutations([1, 2.0, "x", None, (5,), 2**80, [0]]))
print(len(ps), ps[0], ps[-1])

# the shared sublist stays shared, a mutated result leaves its sources alone
inner = [1]
a = [inner, 2, 3]
b = [0] + a
c = a[:2] + a[2:]
b[1].append("x")
c.append(4)
print(a, b, c, b[1] is inner, c[0] is inner)

class L(list):
    pass
s = L([1, 2, 3])
print(type(s[:2]).__name__, type(s[:1] + s[2:]).__name__, [9] + s, s + [9])
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError", e)

# Bound builtin methods and method-wrappers compare by bound object and
# builtin, and hash consistently; method-wrapper has __objclass__.
l = []
print(l.append == l.append, l.append != l.append, l.append == [].append, l.append == l.pop)
print(hash(l.append) == hash(l.append), len == len, len != abs)
print(l.__add__ == l.__add__, l.__add__ == [].__add__, l.__add__ == l.__mul__)
print(hash(l.__add__) == hash(l.__add__), l.__add__.__objclass__, l.__add__.__self__ is l)
for a, b in [(l.append, l.append), (l.__add__, l.__add__)]:
    try:
        a < b
    except TypeError as e:
        print('TypeError', e)
print({l.append: 1}[l.append], len({l.__add__, l.__add__}))

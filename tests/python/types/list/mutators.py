l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend(range(2)); print(l)
l.extend('ab'); print(l)
l.insert(0, 'first'); l.insert(100, 'last'); l.insert(-1, 'before last'); l.insert(-100, 'very first'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('a'); print(l)
l.reverse(); print(l)
l.clear(); print(l)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [].insert('x', 1), lambda: [1].pop('0')]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

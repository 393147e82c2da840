d = {}
d['self'] = d
print(d)
d['list'] = [d]
print(d, str(d))
print(repr({'q': "'", 'dq': '"', 1.0: b'x', None: ..., (1,): frozenset({2})}))
print({}, dict(), {1: {2: {3: {}}}})

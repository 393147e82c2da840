d = {'x': 1, 'y': 2, 'z': 3}
print(list(zip(d, d.values())) == list(d.items()), [k for k in d], list(iter(d.items())))
it = iter(d)
print(next(it), it.__length_hint__() if hasattr(it, '__length_hint__') else None, list(it))
print(sorted(d, key=d.get, reverse=True), max(d, key=lambda k: d[k]), min(d.items(), key=lambda kv: kv[1]))
print(dict(sorted(d.items(), key=lambda kv: -kv[1])), {v: k for k, v in d.items()})

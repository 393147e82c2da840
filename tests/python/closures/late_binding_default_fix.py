funcs = {}
for name in ['a', 'b']:
    funcs[name] = lambda: name
print(funcs['a'](), funcs['b']())
funcs = {name: (lambda n=name: n) for name in ['a', 'b']}
print(funcs['a'](), funcs['b']())
import functools
fs = [functools.partial(lambda n: n * 10, i) for i in range(3)]
print([f() for f in fs])

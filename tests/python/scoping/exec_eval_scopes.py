ns = {}
exec('x = 1\ny = x + 1', ns)
print(ns['x'], ns['y'])
print(eval('a * b', {'a': 3}, {'b': 4}))
g = {'v': 1}
l = {'v': 2}
print(eval('v', g, l), eval('v', g))
exec('def f(): return v', g, l)
print(l['f']())
code = compile('z = 5', '<s>', 'exec')
d = {}
exec(code, d)
print(d['z'])
print(eval('[w for w in range(q)]', {'q': 3}))

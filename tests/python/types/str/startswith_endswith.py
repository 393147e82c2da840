s = 'hello world'
print(s.startswith('hello'), s.startswith('world', 6), s.startswith(('x', 'he')), s.endswith('world'), s.endswith('lo', 0, 5), s.endswith(()), s.startswith(''), s.endswith('', 20), s.startswith('', 11), s.startswith('', 12))
try:
    s.startswith(['h'])
except TypeError as e:
    print(e)
try:
    s.endswith(('a', 1))
except TypeError as e:
    print(e)

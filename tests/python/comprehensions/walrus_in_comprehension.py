data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5], y)
print([(running := (running if 'running' in dir() else 0)) for _ in range(1)] if False else 'skip')
s = 0
print([s := s + v for v in data], s)
try:
    exec('[i := 0 for i in range(3)]')
except SyntaxError as e:
    print(e.msg)

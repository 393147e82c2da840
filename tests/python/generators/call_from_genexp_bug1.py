class R:
    def choice(self, s): return (type(self).__name__, s)
r = R()
print([''.join(str(r.choice('ab')) for _ in range(1)) for _ in range(2)])
def f():
    r = R()
    return [''.join(str(r.choice('ab')) for _ in range(1)) for _ in range(2)]
print(f())

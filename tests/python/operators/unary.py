class U:
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'invert'
    def __abs__(self): return 'abs'
u = U()
print(-u, +u, ~u, abs(u))
for expr in ['-"a"', '~1.5', '+[]', 'abs(None)', '~True']:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(e)
print(-True, +False, ~False, not 0, not [], not [0])

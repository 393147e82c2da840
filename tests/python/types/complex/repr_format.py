for c in [0j, -0j, 1j, -1j, 1 + 0j, complex(0, -0.0), complex(-0.0, 0), 1.5 + 2.5j, 1e20 + 1e-20j, complex('inf'), complex('nanj'), complex(float('inf'), float('nan')), 123456789 + 1j]:
    print(repr(c), str(c))
c = 3.14159 + 2.71828j
print(f'{c}', f'{c:.2f}', f'{c:>20.3e}', f'{c:g}', f'{c:+.1f}', format(1j, ''), format(1 + 1j, '^20'))
try:
    format(c, 'd')
except ValueError as e:
    print(e)
try:
    format(c, '010')
except ValueError as e:
    print(e)

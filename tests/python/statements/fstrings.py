name, n, f = 'krait', 42, 3.14159
print(f'{name} {n} {f:.2f} {n:#x} {n:>6} {name!r} {name!a} {name=} {n * 2 = }')
print(f'{{literal}} {"nested " + name} {[1, 2][0]} {dict(a=1)["a"]}')
w = 10
print(f'{f:{w}.{3}} |{name:^{w}}|')
print(f'{n:,}', f'{2 ** 40:_}', f'{0.5:%}', f'{-1:+}', f'{3:03}')
print(f'''multi
{name}''')
nl = '\n'
print(f'{nl.join(["a", "b"])}')
x = 5
print(f'{x!s:>4}|{x!r:<4}|')
print(f'{"é"!a}', f'{None}', f'{True:d}', f'{b"x"}')

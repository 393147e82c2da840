x, w, p = 3.14159, 12, 3
print(f'[{x:{w}.{p}f}] [{x:>{w}}] [{x!r:>{w}}] [{"s"!r:^{w}}] [{x:{"<"}{w}}]')
items = [('apple', 1.5, 3), ('kiwi', 0.25, 12)]
for name, price, qty in items:
    print(f'{name:<10}|{price:>8.2f}|{qty:^5d}|{price * qty:>10,.3f}')
print(f'{1000000:,}', f'{1000000:_}', f'{0.000123:.2e}', f'{123:08.3f}', f'{-5:=8}', f'{5:+}', f'{"text":.2}', f'{42:c}')
print(f'{3:{"0"}{5}}', f'{"é":ä^7}')

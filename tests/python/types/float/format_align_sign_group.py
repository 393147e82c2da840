for v in [1234567.891, -0.5, 0.0]:
    print(f'[{v:>15,.2f}] [{v:<15_.3f}] [{v:^15.1f}] [{v:=+15.2f}] [{v: .2f}] [{v:*^20,.4f}] [{v:015,.1f}] [{v:z.1f}] [{-0.0001:z.1f}]')
print(format(1e6, ','), format(1234.5, '_'), format(12345.678, ',.2e'), format(float('nan'), '010'), format(float('-inf'), '+'))
try:
    format(1.5, ',d')
except ValueError as e:
    print(e)
try:
    format(1.5, 'x')
except ValueError as e:
    print(e)
try:
    format(1.5, '=c')
except ValueError as e:
    print(e)

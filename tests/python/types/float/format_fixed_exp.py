vals = [0.0, -0.0, 1.0, 0.5, 1.25, 2.675, 123456.789, 1e-7, 1e21, -3.14159, float('inf'), float('nan')]
for v in vals:
    print(repr(v), f'{v:f}', f'{v:.0f}', f'{v:.2f}', f'{v:e}', f'{v:.3E}', f'{v:+.1f}', f'{v:010.3f}', f'{v:.10f}')

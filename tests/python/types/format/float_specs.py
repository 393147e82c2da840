specs = ['', 'f', '.0f', '.3f', 'e', '.0e', 'E', 'g', '.1g', '.10g', 'G', '#g', '#.0f', '#.0e', '%', '.0%', 'n', '+', ' ', '10.2f', '<10.2f', '^10.2f', '=+10.2f', '010.2f', ',.2f', '_.3f', '.2e', 'z.2f', '+.3g']
for v in [0.0, -0.0, 1.0, 3.14159, -2.5e-7, 1.5e300, 123456789.125, float('inf'), float('-inf'), float('nan')]:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except ValueError as e:
            out.append('E:' + str(e))
    print(repr(v), out)

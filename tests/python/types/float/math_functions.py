import math
for f in ['sqrt', 'exp', 'log', 'log2', 'log10', 'sin', 'cos', 'tan', 'atan', 'sinh', 'tanh', 'fabs', 'expm1', 'log1p', 'gamma', 'lgamma', 'erf']:
    out = []
    for x in [0.5, 1.0, 2.0, 10.0]:
        out.append(getattr(math, f)(x))
    print(f, out)
for f, x in [('sqrt', -1), ('log', 0), ('log', -1), ('acos', 2), ('gamma', 0)]:
    try:
        getattr(math, f)(x)
    except ValueError as e:
        print(f, x, e)
print(math.atan2(1, -1), math.hypot(3, 4), math.pi, math.e, math.tau, math.dist((0, 0), (1, 1)), math.prod([1.5, 2, 3]))

for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 0.375, 1234.5678, -1234.5678, 1e16 + 1, 5e-324, 1.25, 1.35, 0.045]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, 3), round(v, -1), round(v, -2), round(v, 20), round(v, -400))
print(round(1e308, -308), round(-0.0), round(-0.4, 0), round(0.0, 5))

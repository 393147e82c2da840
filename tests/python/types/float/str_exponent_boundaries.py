for e in range(-8, 20):
    v = 1.5 * 10.0 ** e
    print(e, repr(v), repr(-v), repr(10.0 ** e))

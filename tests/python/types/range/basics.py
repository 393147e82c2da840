for r in [range(5), range(2, 10), range(10, 2, -3), range(0), range(-5, 5, 2), range(5, 5), range(0, -10, -1), range(1, 2, 100)]:
    print(r, list(r), len(r), bool(r), r.start, r.stop, r.step)

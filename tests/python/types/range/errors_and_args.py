for args in [(), (1, 2, 3, 4), (1.5,), ('a',), (1, 2, 0), (None,)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
class I:
    def __index__(self): return 4
print(range(I()), range(I(), 10, I()), range(True))

def need_two(a, b):
    return a + b
need_two(1)

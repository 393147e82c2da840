def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return inc, reset
inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
a, _ = make_counter()
b, _ = make_counter()
print(a(), a(), b())

class C:
    xs = [1, 2, 3]
    total = sum(x for x in xs)
    try:
        scaled = list(x * factor for x in xs for factor in [xs[0]])
    except NameError as e:
        scaled = str(e)
print(C.total, C.scaled)
def outer():
    y = 10
    gen = (x + y for x in range(3))
    y = 20
    return list(gen)
print(outer())

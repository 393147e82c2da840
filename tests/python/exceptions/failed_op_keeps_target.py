def f():
    for x in [1, 2]:
        pass
    print(x)
    it = iter([5])
    for y in it:
        pass
    print(y)
    z = 7
    try:
        z = 1 + "a"
    except TypeError:
        pass
    print(z)
    w = 3
    try:
        w = [][1]
    except IndexError:
        pass
    print(w)
    v = 4
    try:
        v = undefined_name
    except NameError:
        pass
    print(v)
    u = 9
    try:
        u = int("x")
    except ValueError:
        pass
    print(u)
    a, b = 1, 2
    try:
        a, b = [1, 2, 3]
    except ValueError:
        pass
    print(a, b)
    t = 5
    try:
        t = -"s"
    except TypeError:
        pass
    print(t)
    s = 6
    try:
        s = "a" < 1
    except TypeError:
        pass
    print(s)
f()

def outer():
    def inner():
        nonlocal v
        return v
    r = []
    try:
        inner()
    except NameError as e:
        r.append(str(e))
    v = 3
    r.append(inner())
    return r
print(outer())

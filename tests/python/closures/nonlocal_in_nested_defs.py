def a():
    x = 'a'
    def b():
        def c():
            nonlocal x
            x = x + 'c'
        c()
        c()
    b()
    return x
print(a())
def counter_gen():
    n = 0
    def bump():
        nonlocal n
        n += 1
    def g():
        while n < 3:
            bump()
            yield n
    return list(g())
print(counter_gen())
def shadow():
    x = 'outer'
    def inner():
        x = 'inner local'
        def innermost():
            nonlocal x
            x = 'changed inner'
        innermost()
        return x
    return inner(), x
print(shadow())

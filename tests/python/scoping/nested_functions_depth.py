def a():
    v = 'a'
    def b():
        def c():
            def d():
                return v + '!'
            return d()
        return c()
    return b()
print(a())
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter()
c(); c()
print(c())
print(c.__closure__[0].cell_contents)

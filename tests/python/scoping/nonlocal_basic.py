def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = outer()
print(inc(), inc(), get())
inc2, get2 = outer()
print(inc2(), get(), get2())
def deep():
    a = 'a0'
    def mid():
        def inner():
            nonlocal a
            a = 'a1'
        inner()
        return a
    r = mid()
    return r, a
print(deep())

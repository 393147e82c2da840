def outer():
    factor = 3
    return [[factor * i * j for j in range(3)] for i in range(2)]
print(outer())
def gen_capture():
    base = 100
    return list((lambda: base + i)() for i in range(3))
print(gen_capture())
class C:
    n = 5
    vals = [i for i in range(n)]
print(C.vals)

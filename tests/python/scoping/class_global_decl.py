g = 'g0'
class C:
    global g
    g = 'set in class'
    h = g
print(g, C.h, hasattr(C, 'g'))

class I(int): pass
class O: pass
for a, b in [(I(4), "ab"), (O(), "ab"), ({}, [1]), (set(), "x"), (range(2), (1,)), (4, "ab"), (True, [1])]:
    try:
        a *= b
        print(a)
    except TypeError as e: print(e)
x = 3; x *= [0]; print(x)

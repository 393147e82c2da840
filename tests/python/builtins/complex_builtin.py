print(complex(), complex(1), complex(1, 2), complex('3+4j'), complex(' 5j '), complex(1.5, -0.0), complex('1e3-2.5j'))
print(complex(1j, 1j), complex(-0.0, 0.0))
for bad in [('abc',), ('1', 2), ('1+2j ', ), ('1 + 2j',)]:
    try:
        print(complex(*bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self): return 2j
print(complex(C()))

class P:
    def __pow__(self, o, m=None): return ('P', o, m)
class I(int):
    def __pow__(self, o, m=None): return ('I', o, m)
    def __rpow__(self, o, m=None): return ('rI', o, m)
class F(float): pass
for args in [(P(), 1.5, 2), (2, 3, 5.0), (2.0, 3, 5), (1j, 2, 3), (2, 1j, 3), (2, 3, 1j), ('a', 2.0, 3), (2, 3, 'x'), (2, 3, None), (I(2), 3, 5), (2, I(3), 5), (2, 3, I(5)), (2, 3, F(5)), (F(2), 3, 5), (True, 2, 3), (2, -1, 5), (2, 3, 0)]:
    try: print(pow(*args))
    except Exception as e: print(type(e).__name__, e)

# enumerate() takes iterable= and start= as keywords in either order, with
# CPython's enum_vectorcall messages for the rest.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
t(lambda: list(enumerate(iterable='ab', start=2)))
t(lambda: list(enumerate(start=2, iterable='ab')))
t(lambda: list(enumerate(iterable='ab')))
t(lambda: list(enumerate('ab', start=5)))
t(lambda: list(enumerate('ab', 5)))
t(lambda: list(enumerate('ab', st=5)))
t(lambda: list(enumerate(it='ab')))
t(lambda: list(enumerate(start=1)))
t(lambda: list(enumerate(start=1, x=2)))
t(lambda: list(enumerate(iterable='a', x=2)))
t(lambda: list(enumerate()))
t(lambda: list(enumerate('a', 1, 2)))
t(lambda: list(enumerate('a', 1, start=2)))
t(lambda: list(enumerate('a', iterable='b')))
t(lambda: list(enumerate(1, start='x')))
class E(enumerate): pass
t(lambda: list(E(iterable='xy', start=3)))

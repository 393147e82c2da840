import _codecs, codecs
print(sorted(x for x in dir(_codecs) if not x.startswith('__')))
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
t(lambda: _codecs.lookup(1))
t(lambda: codecs.lookup('UTF 8').name)
t(lambda: codecs.lookup('Latin-1').name)
t(lambda: codecs.lookup('nope'))
t(lambda: codecs.lookup('a\x00b'))
def search(name):
    print('search', name)
    return None
codecs.register(search)
t(lambda: codecs.lookup('My-Codec X'))
t(lambda: 'a'.encode('My-Codec X'))
codecs.unregister(search)
t(lambda: codecs.lookup('My-Codec X'))
def search2(name):
    if name == 'rev':
        return codecs.CodecInfo(lambda s, e='strict': (s[::-1].encode(), len(s)), lambda b, e='strict': (bytes(b)[::-1].decode(), len(b)), name='rev')
codecs.register(search2)
t(lambda: 'abc'.encode('rev'))
t(lambda: b'abc'.decode('rev'))
t(lambda: codecs.encode('abc', 'rev'))
t(lambda: str(b'xyz', 'rev'))
def search3(name):
    if name == 'bad':
        return codecs.CodecInfo(lambda s, e='strict': (s, len(s)), lambda b, e='strict': (b, len(b)), name='bad')
    if name == 'four':
        return (1, 2, 3)
codecs.register(search3)
t(lambda: 'abc'.encode('bad'))
t(lambda: b'abc'.decode('bad'))
t(lambda: codecs.lookup('four'))
t(lambda: codecs.encode('abc', 'bad'))

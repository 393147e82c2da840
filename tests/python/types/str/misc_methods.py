print('Hello'.zfill(8), 'ab'.center(7, '.'), 'abc'.index('b'), 'a-b'.split('-'), 'title me'.title())
print('tEsT'.swapcase(), 'x'.join('abc'), 'abc'.encode('utf-16-be'), 'ABC'.lower().upper())
print(str.__len__('abc'), str.__contains__('abc', 'b'), str.__getitem__('abc', 1), str.__add__('a', 'b'), str.__mul__('a', 3), str.__mod__('%s', 1))
print('a'.__hash__() == hash('a'), 'abc'.__sizeof__() > 0, 'abc'.__getnewargs__(), str.__doc__[:20] if str.__doc__ else '')

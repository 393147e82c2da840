s = 'añ日😀'
print(list(s), [ord(c) for c in s], len(s), s[3], repr(s[3]), len(s.encode()), len(s.encode('utf-16-le')))
print('e\u0301' == 'é', len('e\u0301'), '\u00e9'.encode(), 'ﬁ'.upper(), len('ﬁ'.upper()), 'ß'.upper(), 'İ'.lower(), len('İ'.lower()))
import unicodedata
print(unicodedata.normalize('NFC', 'e\u0301') == 'é', unicodedata.name('€'), unicodedata.category('a'), unicodedata.numeric('½'), unicodedata.lookup('SNOWMAN'))
print(sorted('zYxä'), ''.join(reversed('abc')), 'abc'[::-1])

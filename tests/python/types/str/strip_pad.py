s = '  \t hello \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr('xxhixx'.strip('x')), repr('abcba'.strip('ab')), repr('hello'.strip('')), repr('\u3000wide\u3000'.strip()))
for w in [0, 3, 5, 10, 11]:
    print(w, repr('hello'.center(w)), repr('hello'.center(w, '*')), repr('hi'.ljust(w, '-')), repr('hi'.rjust(w, '0')), repr('42'.zfill(w)), repr('-42'.zfill(w)), repr('+x'.zfill(w)))
print(repr('abc'.center(6)), repr('abc'.center(7)), repr('ab'.center(5)), repr('ab'.center(6)), repr('é'.center(4, 'ü')))
try:
    'a'.center(5, 'ab')
except TypeError as e:
    print(e)
print(repr('a\tbc\td'.expandtabs()), repr('a\tbc\td'.expandtabs(4)), repr('a\tb\nc\td'.expandtabs(2)), repr('\t'.expandtabs(0)))
print('prefix_body'.removeprefix('prefix_'), 'body_suffix'.removesuffix('_suffix'), 'x'.removeprefix('y'), 'abc'.removesuffix(''))

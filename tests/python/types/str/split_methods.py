cases = ['a,b,,c', ' a  b \t c\n', '', 'abc', ',', 'a,b,c,', '  ']
for s in cases:
    print(repr(s), s.split(), s.split(','), s.split(',', 1), s.rsplit(',', 1), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0))
print('a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines())
print('x\n\ny\n'.splitlines(), 'x\n\ny\n'.splitlines(True), ''.splitlines(), '\n'.splitlines())
print('a\u3000b\u00a0c\u2003d'.split(), 'a\x1cb'.split())
try:
    'a'.split('')
except ValueError as e:
    print(e)
print('1-2-3'.partition('-'), '1-2-3'.rpartition('-'), 'abc'.partition('x'), 'abc'.rpartition('x'))
try:
    'a'.partition('')
except ValueError as e:
    print(e)

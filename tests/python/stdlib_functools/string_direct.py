# _string imported directly: formatter_parser and formatter_field_name_split
# on ordinary, escaped, nested and malformed format strings.
import _string

def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

cases = ['', 'plain', '{}', '{0}', '{name}', 'a{0}b{1}c', '{{}}', 'x{{y}}z', '{0!r}', '{0!s:>10}',
         '{0:{1}}', '{a.b[c]}', '{0[0]!a:^{w}.{p}f}', '}}{{', '{!r}', '{:}', 'é{ü}ñ', '{0:}', 'tail{0}',
         '{0!x}', '{:{:{}}}', '{[}', '{a[}b]}']
for c in cases:
    try:
        print(repr(c), list(_string.formatter_parser(c)))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
for bad in ['{', '}', 'a{0', 'a}b', '{0!}', '{0!r', '{0!rx}', '{0:', '{0:{', 'ab{0}c}', '{0{}']:
    it = _string.formatter_parser(bad)
    got = []
    try:
        for part in it:
            got.append(part)
        print(repr(bad), got)
    except Exception as e:
        print(repr(bad), got, type(e).__name__, e)

for name in ['', 'a', '0', '12', 'a.b', 'a[0]', 'a[x].y[1][z]', '0.real', 'x[01]', 'é.ü', '1a', 'a[-1]']:
    first, rest = _string.formatter_field_name_split(name)
    try:
        print(repr(name), repr(first), list(rest))
    except Exception as e:
        print(repr(name), repr(first), type(e).__name__, e)
for bad in ['a.', 'a[', 'a[0]x', 'a..b', 'a[]', 'a[0', 'a.b[1]c']:
    try:
        first, rest = _string.formatter_field_name_split(bad)
        print(repr(bad), repr(first), list(rest))
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
err(lambda: _string.formatter_parser(1))
err(lambda: _string.formatter_field_name_split(b'a'))
# _string.formatter_parser() with no argument: CPython says '_string.formatter_parser() takes exactly one argument'; the runtime's binder does not qualify module functions yet
it = _string.formatter_parser('a{0}')
print(iter(it) is it, next(it), next(it, 'done'))
print(type(it).__name__, type(_string.formatter_field_name_split('a')[1]).__name__)
err(lambda: type(_string.formatter_parser(''))())
err(lambda: type(_string.formatter_field_name_split('a')[1])())

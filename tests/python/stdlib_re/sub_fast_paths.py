# Pattern.sub/subn: templates with group references, literal and callable
# replacements, result identity, and the errors of each path.
import re


def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)


s = 'abc' * 3
b = b'abc' * 3
print(re.sub('x', 'y', s) is s, re.sub(b'x', b'y', b) is b)
print(re.sub('(x)', r'\1', s) is s, re.subn('x', 'y', s)[0] is s)
t = 'zz' * 2
print(re.sub('.+', lambda m: t, 'abc') is t, re.sub('.+', t, 'abc') is t)
show(lambda: re.sub(b'x', b'y', bytearray(b)))
show(lambda: re.sub(b'(a)', rb'<\1>', bytearray(b)))
show(lambda: re.sub(b'(a)', rb'<\1>', memoryview(b)))


class S(str):
    pass


class B(bytes):
    pass


show(lambda: re.sub('x', 'y', S('abc')))
show(lambda: re.sub('(a)', lambda m: S('q'), 'a'))
show(lambda: re.sub(b'(a)', lambda m: B(b'q'), b'a'))
show(lambda: re.sub(b'(a)', lambda m: bytearray(b'q'), b'zaz'))
show(lambda: re.sub('a', lambda m: None, 'aXa'))
show(lambda: re.sub(r'(\d)(x)?', r'<\2\1\g<0>>', 'a1b2xc'))
show(lambda: re.sub(rb'(\d)(x)?', rb'<\2\1\g<0>>', b'a1b2xc'))
show(lambda: re.subn(r'(\d)', r'\1\1', 'a1b2c3', count=2))
show(lambda: re.sub(r'(?P<d>\d)', r'[\g<d>]', 'x9y'))
show(lambda: re.sub('é(.)', r'\1ü', 'aébéc'))
show(lambda: re.sub('(.)', r'\1\1', 'a\U0001f600\udc80z'))
show(lambda: re.sub('(.)(.)', r'\2\1', 'ÿéabc'))
show(lambda: re.sub('', r'-\g<0>-', 'ab'))
show(lambda: re.sub('x*', r'\g<0>-', 'abxd'))
show(lambda: re.sub(r'\s', r'\n\t\\', 'a b'))
show(lambda: re.sub('(a)|b', r'[\1]', 'abab'))
show(lambda: re.sub('a', r'\\', 'bab'))
show(lambda: re.sub('(a)', lambda m: 1, 'xaya'))
show(lambda: re.sub(b'(a)', lambda m: 'str', b'xaya'))
show(lambda: re.sub('(a)', r'\2', 'a'))
show(lambda: re.sub('(a)', r'\q', 'a'))
show(lambda: re.sub('(a)', r'\1', b'a'))
show(lambda: re.sub(b'(a)', r'\1', b'a'))
show(lambda: re.sub('(a)', rb'\1', 'a'))
show(lambda: re.sub('(a)', r'\2', b'a'))
show(lambda: re.sub('(a)', 5, 'a'))
show(lambda: re.sub('(a)', None, 'a'))
n = []


def f(m):
    n.append(1)
    return 5 if len(n) == 2 else 'k'


show(lambda: re.sub('a', f, 'xayaza'))
print(len(n))
p = re.compile(r'(\w+)@(\w+)')
show(lambda: p.sub(r'\2 at \1', 'joe@home and ann@work', 1))
show(lambda: p.subn(r'\2 at \1', 'joe@home and ann@work', count=0))
show(lambda: p.sub(repl=r'\2', string='x@y'))
show(lambda: p.sub(r'\2', 'x@y', count=1, bad=2))
show(lambda: p.sub(r'\2'))
show(lambda: p.sub(r'\2', 'x@y', 1, 2))

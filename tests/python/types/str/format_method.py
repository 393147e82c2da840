print('{} {} {}'.format(1, 'a', [2]), '{0} {1} {0}'.format('x', 'y'), '{name} is {age}'.format(name='Al', age=30))
print('{0[0]} {0[key]} {1.real}'.format({0: 'zero', 'key': 'v'}, 3j), '{:>{w}}'.format('r', w=5), '{!r:^9}'.format('s'))
print('{{}} {{{0}}}'.format('lit'), '{0:{1}{2}}'.format(3.14159, '.', '3'), '{a[1]}'.format(a=[5, 6]))
for bad in ['{', '}', '{0', '{!x}', '{0!}', '{:}}}', '{1}', '{a}', '{0[}', '{0.}']:
    try:
        print(repr(bad), repr(bad.format('p')))
    except (ValueError, IndexError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    '{} {0}'.format(1, 2)
except ValueError as e:
    print(e)
print('{:d}'.format(True), '{}'.format(None), '{0!s} {0!a}'.format('é'))
print('{x}'.format_map({'x': 'mapped'}))
class Default(dict):
    def __missing__(self, k): return f'<{k}>'
print('{a} {b}'.format_map(Default(a=1)))

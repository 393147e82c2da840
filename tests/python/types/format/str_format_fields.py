class P:
    x = 1
    def __init__(self): self.d = {'k': 'v'}; self.l = [10, 20]
p = P()
print('{0.x} {0.d[k]} {0.l[1]} {p.l[0]}'.format(p, p=p))
print('{0[a b]} {0[1]}'.format({'a b': 'spaced', 1: 'int key'}), '{0[-1]}'.format({'-1': 'str key'}))
print('{:{}{}}'.format(3, '>', 5), '{0:{1}}'.format('x', '^5'), '{!s:>5}'.format(1), '{!a}'.format('ü'))
print('{} {}'.format(*'ab'), '{a}{b}'.format(**{'a': 1, 'b': 2}), '{0}{0}'.format('r'))
import string
f = string.Formatter()
print(list(f.parse('a{0}b{x!r:>3}c{{d}}')))
print(f.format('{0}-{1}', 'x', 'y'), string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))

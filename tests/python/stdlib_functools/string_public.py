# The string module over _string: Formatter (parse, get_field, vformat,
# subclass hooks), Template, capwords, and format errors.
import string
f = string.Formatter()
print(f.format('{0}-{name!r:>6}-{1[0]}-{x.real}', 'a', [9], name='n', x=3))
print(list(f.parse('a{0!s:^5}b{{c}}')), f.get_field('0.real', (5,), {}))
print(f.vformat('{a}{b}', (), {'a': 1, 'b': 2}))
class UF(string.Formatter):
    def get_value(self, key, args, kwargs):
        return str(key).upper()
print(UF().format('{hello} {0}', 'x'))
print(string.Template('$who likes ${what}').substitute(who='tim', what='kung pao'))
print(string.capwords(' hello  world '), string.ascii_letters[:5])
try:
    f.format('{0!x}', 1)
except ValueError as e:
    print('ValueError', e)
try:
    f.format('{', 1)
except ValueError as e:
    print('ValueError', e)

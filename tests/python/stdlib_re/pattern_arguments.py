# re.Pattern methods' argument errors and keyword arguments.
import re
p = re.compile('a')
def t(f):
    try: f(); print("no error")
    except TypeError as e: print(e)
t(lambda: p.match()); t(lambda: p.match('a', 1, 2, 3)); t(lambda: p.sub('x')); t(lambda: p.split()); t(lambda: p.match(strin='a'))
t(lambda: p.findall('a', pos=0, endpos=1, x=2)); t(lambda: p.subn()); t(lambda: p.scanner())
print(p.match(string='a', pos=0), p.sub(repl='b', string='aa', count=1), p.split(string='bab', maxsplit=1))
print(p.search.__name__, type(p).match.__name__)

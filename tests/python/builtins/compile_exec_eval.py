code = compile('1 + 2', '<expr>', 'eval')
print(eval(code), code.co_filename, code.co_name)
ns = {}
exec(compile('a = [i for i in range(3)]', 'f', 'exec'), ns)
print(ns['a'])
print(eval('x + y', {'x': 1, 'y': 2}), eval('len("abc")'))
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    compile('x', 'f', 'bogus')
except ValueError as e:
    print(e)
single = compile('5 * 5', '<s>', 'single')
exec(single)
print(exec('1'), eval('None'))
try:
    eval(5)
except TypeError as e:
    print(e)
print(eval('  7  '))

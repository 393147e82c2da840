# PRINT_EXPR calls sys.displayhook (or fails without one); displayhook needs
# sys.stdout; sys.exit passes a tuple as the arguments; sys.intern takes
# exact str only.
import sys, builtins
code = compile("42", "<string>", "single")
eval(code)
print(builtins._)
old = sys.displayhook
def bad(obj):
    raise ValueError('bad')
sys.displayhook = bad
try:
    eval(code)
except ValueError as e:
    print('ValueError', e)
del sys.displayhook
try:
    eval(code)
except RuntimeError as e:
    print('RuntimeError', e)
sys.displayhook = old
out = sys.stdout
del sys.stdout
try:
    sys.__displayhook__(42)
except RuntimeError as e:
    err = e
sys.stdout = out
print('RuntimeError', err)
for arg in [(), (42,), ((42,),), ((1, 2),), (None,), ('x',), ([1],)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
class S(str):
    pass
try:
    sys.intern(S('abc'))
except TypeError as e:
    print(e)
s = 'abc'
print(sys.intern(s) is s)

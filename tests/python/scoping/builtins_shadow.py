print(len('abc'))
len = lambda x: 'shadowed'
print(len('abc'))
del len
print(len('abc'))
import builtins
builtins.my_builtin = 'from builtins'
print(my_builtin)
def f():
    return my_builtin
print(f())
del builtins.my_builtin
try:
    f()
except NameError as e:
    print(e)

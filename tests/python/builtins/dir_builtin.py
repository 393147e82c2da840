print(dir([])[-11:])
import sys
def f():
    a = 1
    b = 2
    return dir()
print(f())
class C:
    x = 1
print('x' in dir(C), '__init__' in dir(C()), '__dict__' in dir(C))
print(dir(5)[:3], 'bit_length' in dir(int))

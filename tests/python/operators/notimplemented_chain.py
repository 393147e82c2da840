class A:
    def __add__(self, o):
        print('A.__add__')
        return NotImplemented
    def __radd__(self, o):
        print('A.__radd__')
        return NotImplemented
class B:
    def __radd__(self, o):
        print('B.__radd__')
        return 'B handled'
print(A() + B())
try:
    A() + A()
except TypeError as e:
    print(e)
try:
    A() + 1
except TypeError as e:
    print(e)
try:
    1 + A()
except TypeError as e:
    print(e)
try:
    [] + ()
except TypeError as e:
    print(e)
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    1 + 'a'
except TypeError as e:
    print(e)

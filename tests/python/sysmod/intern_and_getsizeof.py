import sys
a = sys.intern('hello world!')
b = sys.intern('hello ' + 'world!')
print(a is b, type(sys.getsizeof([])).__name__)
try:
    sys.intern(5)
except TypeError as e:
    print(e)

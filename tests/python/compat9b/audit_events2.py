# More audit events: sys.addaudithook (an Exception from a hook vetoes the
# new hook silently, a BaseException propagates), object.__setattr__ on
# a class's __name__/__bases__ and an object's __class__, mmap.__new__,
# socket.gethostname/__new__/bind/connect, syslog.openlog (explicit and
# implicit, with the ident taken from sys.argv[0]).
import mmap
import socket
import sys

seen = []


def hook(event, args):
    if event.startswith(('object.', 'mmap.', 'socket.', 'sys.addaudithook')):
        seen.append((event, args))


sys.addaudithook(hook)


class Veto:
    def __init__(self, exc):
        self.exc = exc
        self.on = True

    def __call__(self, event, args):
        if self.on and event == 'sys.addaudithook':
            raise self.exc('no more hooks')


v = Veto(RuntimeError)
sys.addaudithook(v)
late = []
sys.addaudithook(lambda e, a: late.append(e))
sys.audit('probe')
print('vetoed hook saw', late)
v.on = False
v2 = Veto(KeyboardInterrupt)
sys.addaudithook(v2)
try:
    sys.addaudithook(lambda e, a: None)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', e)
v2.on = False


class A:
    pass


class B:
    pass


class C(A):
    pass


a = A()
C.__name__ = 'X'
C.__bases__ = (B,)
C.new_attr = 1
a.__class__ = B
m = mmap.mmap(-1, 16)
m.close()
m = mmap.mmap(-1, 8, access=mmap.ACCESS_WRITE)
m.close()
socket.gethostname()
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    s.bind(('127.0.0.1', 0))
    s.connect_ex(('127.0.0.1', 9))
finally:
    s.close()
for event, args in seen:
    if event == 'object.__setattr__':
        print(event, getattr(args[0], '__name__', type(args[0]).__name__), args[1], args[2])
    elif event.startswith('socket.'):
        print(event, [type(x).__name__ for x in args], args[1:] if event == 'socket.__new__' else '')
    else:
        print(event, args)

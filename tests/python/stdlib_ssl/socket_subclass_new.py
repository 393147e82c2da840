# T.__new__(Sub) for a Python subclass of a builtin type that has __del__
# (_socket.socket): the subclass inherits the base's __new__, so this is
# allowed (ssl.SSLSocket._create relies on it); a foreign base is not.
import socket, _socket

class A(socket.socket):
    def __init__(self, *a, **k):
        raise TypeError('use create')

class B(A):
    pass

for cls in (socket.socket, A, B):
    s = cls.__new__(cls, family=socket.AF_INET)
    print(cls.__name__, type(s).__name__, isinstance(s, _socket.socket))
    _socket.socket.__init__(s)
    print(s.family == socket.AF_INET, s.fileno() >= 0)
    _socket.socket.close(s)
try:
    int.__new__(A)
except TypeError as e:
    print('TypeError', e)
try:
    _socket.socket.__new__(int)
except TypeError as e:
    print('TypeError', e)

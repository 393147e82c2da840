# _typing, the C accelerator of typing.py: _idfunc with METH_O messages.
import _typing, typing
print(_typing.__doc__, _typing._idfunc(5), _typing._idfunc, _typing._idfunc.__text_signature__)
for args in ((), (1, 2)):
    try:
        _typing._idfunc(*args)
    except TypeError as e:
        print(e)
try:
    _typing._idfunc(x=1)
except TypeError as e:
    print(e)
UserId = typing.NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
print(sorted(n for n in dir(_typing) if not n.startswith('__')))

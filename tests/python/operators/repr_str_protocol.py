class Both:
    def __repr__(self): return 'Both-repr'
    def __str__(self): return 'Both-str'
class ReprOnly:
    def __repr__(self): return 'ReprOnly-repr'
class StrOnly:
    def __str__(self): return 'StrOnly-str'
b, r = Both(), ReprOnly()
print(str(b), repr(b), str(r), repr(r), str(StrOnly()))
print([b], (r,), {'k': b}, f'{b} {b!r} {b!s}', '%s %r' % (b, b))
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class SubStr(str):
    pass
class RetSub:
    def __str__(self): return SubStr('sub')
s = str(RetSub())
print(s, type(s).__name__)
print(ascii('é'), repr('é'), ascii(['ü']))

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: UnicodeEncodeError())
t(lambda: UnicodeEncodeError('a'))
t(lambda: UnicodeEncodeError(1,2,3,4,5))
t(lambda: UnicodeEncodeError('ascii','abc',3.0,4,'r'))
e = UnicodeEncodeError('ascii','abc',1,2,'bad')
print(e.encoding, e.object, e.start, e.end, e.reason, e.args, str(e), repr(e))
e.start = 0; e.end=3; print(str(e)); e.reason = 'x'; print(e)
e.end = 10; print(e)
e.start = 10; print(e)
e.object = 'é'; e.start=0; e.end=1; print(e)
e.object = '\U0001F600'; print(e)
e.object = '\u1234'; print(e)
d = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'invalid')
print(d.encoding, d.object, d.start, d.end, d.reason, d.args, str(d), repr(d))
d = UnicodeDecodeError('utf-8', bytearray(b'\xff\xfe'), 0, 2, 'invalid')
print(d.object, str(d))
t(lambda: UnicodeDecodeError('utf-8', 'str', 0, 2, 'invalid'))
t(lambda: UnicodeEncodeError('utf-8', b'str', 0, 2, 'invalid'))
tr = UnicodeTranslateError('abc', 0, 1, 'bad')
print(tr.encoding, tr.object, tr.start, tr.end, tr.reason, tr.args, str(tr))
t(lambda: setattr(e, 'start', 'x'))
t(lambda: setattr(e, 'reason', 1))
t(lambda: UnicodeError('x').start)
e.start = -5; print(e.start, e)
print(UnicodeEncodeError.__init__.__doc__ if False else '')
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.args, e.start, e.end, e.object, e.reason, e.__context__)
try:
    b'\xe9'.decode('ascii')
except UnicodeDecodeError as e:
    print(e.args, e.start, e.end, e.object, e.reason)

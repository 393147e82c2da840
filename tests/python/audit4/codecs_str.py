def t(f, *a):
    try:
        r = f(*a)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
codecs = ['utf-8', 'utf8', 'UTF_8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'ascii', 'latin-1', 'iso-8859-1', 'cp1252', 'utf-7', 'utf-8-sig', 'cp437', 'iso-8859-15', 'mac-roman', 'raw_unicode_escape', 'unicode_escape']
errors = ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']
texts = ['', 'abc', 'héllo', '€uro', '日本', '\U0001F600x', '\ud800', 'a\udcff', '\udc80\udcff', '\x80\x9f', '\u20ac\u0081', 'a\ud83d\ude00b', 'Ÿ\x00']
for c in codecs:
    for e in errors:
        for s in texts:
            print(c, e, repr(s), end=' ')
            t(lambda: s.encode(c, e))
raw = [b'', b'abc', b'\xff', b'\xc3\xa9', b'\xc3', b'\xed\xa0\x80', b'\xf0\x9f\x98\x80', b'\xf4\x90\x80\x80', b'\xc0\xaf', b'\xe0\x80\x80', b'\xff\xfe\x41\x00', b'\xfe\xff\x00\x41', b'\x00\xd8\x00\xdc', b'\x00\xd8', b'\x41\x00\x00', b'\xef\xbb\xbfx', b'\x80\x81\x8d\x90', b'+AGEAYgBj-', b'+', b'\\u00e9\\x41\\N{BULLET}', b'\\', b'\\x4', b'\\U00110000']
for c in codecs:
    for e in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
        for b in raw:
            print(c, e, b, end=' ')
            t(lambda: b.decode(c, e))
t(lambda: 'x'.encode('nope')); t(lambda: b'x'.decode('nope')); t(lambda: 'x'.encode('utf-8', 'nope')); t(lambda: '\udc80'.encode('utf-8', 'nope')); t(lambda: 'x'.encode('rot13')); t(lambda: b'x'.decode('hex')); t(lambda: 'x'.encode(encoding='ascii', errors='strict')); t(lambda: 'x'.encode(1)); t(lambda: b'\xff'.decode(errors='ignore'))
import codecs as C
t(lambda: C.lookup('UTF8').name); t(lambda: C.lookup('latin_1').name); t(lambda: C.lookup('u16').name); t(lambda: C.encode('abc', 'rot13')); t(lambda: C.decode(b'616263', 'hex')); t(lambda: C.encode(b'abc', 'base64')); t(lambda: C.utf_8_decode(b'\xc3', 'strict', False)); t(lambda: C.utf_16_ex_decode(b'\xff\xfeA\x00')); t(lambda: C.escape_decode(b'\\x41\\n'))
try:
    'a\udcffb'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
try:
    b'a\xffb'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, str(e))
def handler(e):
    return ('<%d-%d>' % (e.start, e.end), e.end)
C.register_error('audit4.h', handler)
t(lambda: 'aé日\U0001F600'.encode('ascii', 'audit4.h')); t(lambda: b'a\xff\xfeb'.decode('utf-8', 'audit4.h')); t(lambda: C.lookup_error('audit4.h') is handler)
C.register_error('audit4.bad', lambda e: 5)
t(lambda: 'é'.encode('ascii', 'audit4.bad'))
C.register_error('audit4.neg', lambda e: ('', e.end + 100))
t(lambda: 'é'.encode('ascii', 'audit4.neg')); t(lambda: b'\xffab'.decode('ascii', 'audit4.neg'))
C.register_error('audit4.bytes', lambda e: (b'?!', e.end))
t(lambda: 'éx'.encode('ascii', 'audit4.bytes')); t(lambda: 'éx'.encode('utf-16-le', 'audit4.bytes'))

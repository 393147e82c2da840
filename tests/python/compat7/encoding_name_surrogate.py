# An encoding name holding a surrogate raises UnicodeEncodeError (CPython
# converts the name to UTF-8 first) from every entry point; the email
# package relies on it to report a CharsetError.
import codecs
for enc in ['utf-8\udce2', 'latin\udce2', 'utf\ud800-8', 'utf-8\udce2\udc80\udc9d', 'nosuch\udce2']:
    for f in [lambda: codecs.lookup(enc), lambda: b'x'.decode(enc), lambda: 'x'.encode(enc), lambda: str(b'x', enc),
              lambda: codecs.encode('x', enc), lambda: codecs.decode(b'x', enc), lambda: bytes('x', enc),
              lambda: bytearray('x', enc), lambda: b'x'.decode(enc, 'surrogateescape')]:
        try:
            print(f())
        except Exception as e:
            print(type(e).__name__, e)

from email import _encoded_words
text, charset, lang, defects = _encoded_words.decode('=?utf-8\udce2\udc80\udc9d?q?foo=ACbar?=')
print(ascii(text), ascii(charset), [type(d).__name__ for d in defects])

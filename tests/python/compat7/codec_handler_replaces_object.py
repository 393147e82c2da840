# A decoding error handler may replace exc.object: decoding goes on in the
# new bytes (a non-bytes object is a TypeError), as in CPython.
import codecs
baddata = [("ascii", b"\xff"), ("utf-7", b"++"), ("utf-8",  b"\xff"), ("utf-16", b"\xff"), ("utf-32", b"\xff"),
           ("unicode-escape", b"\\u123g"), ("raw-unicode-escape", b"\\u123g"), ("latin-1", b"\xff"), ("cp1252", b"\x81")]
def replacing(exc):
    exc.object = 42
    return ("\u4242", 0)
codecs.register_error("test.replacing", replacing)
def mutating(exc):
    exc.object = b""
    return ("\u4242", 0)
codecs.register_error("test.mutating", mutating)
for enc, data in baddata:
    for h in ["test.replacing", "test.mutating"]:
        try:
            print(enc, h, ascii(data.decode(enc, h)), flush=True)
        except Exception as e:
            print(enc, h, type(e).__name__, e, flush=True)


def replace_with_long(exc):
    exc.object = b"\x00" * 8
    return ('\ufffd', exc.start)


codecs.register_error("test.replace_with_long", replace_with_long)
print(ascii(b'\x00'.decode('utf-16', 'test.replace_with_long')))
print(ascii(b'\x00'.decode('utf-32', 'test.replace_with_long')))


def forward(exc):
    return ('\ufffd', exc.start + 1)


codecs.register_error("test.forward", forward)
print(ascii(b'\xd8\xd8\xd8\xd8\xd8\x00\x00\x00'.decode('utf-16-le', 'test.forward')))
print(ascii(b'\x11\x11\x11\x00\x00\x11\x11\x00\x00\x00\x00'.decode('utf-32-be', 'test.forward')))

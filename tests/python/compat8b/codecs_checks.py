# unicode_escape's DeprecationWarning for the first invalid escape (direct,
# through bytes.decode, as an error when filtered so), error handlers that
# check the exception's object, and codecs.lookup's name normalization.
import codecs, warnings

def show(label, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
        except Exception as e:
            r = (type(e).__name__, str(e))
    print(label, r, [(x.category.__name__, str(x.message)) for x in w])

show("ued z", lambda: codecs.unicode_escape_decode(br"\z"))
show("ued zy", lambda: codecs.unicode_escape_decode(br"a\z\y"))
show("ued octal", lambda: codecs.unicode_escape_decode(br"\777\z"))
show("ued octal ok", lambda: codecs.unicode_escape_decode(br"\377"))
show("ued partial", lambda: codecs.unicode_escape_decode(br"\x4", "strict", False))
show("ued 8bit", lambda: codecs.unicode_escape_decode(b"\\\xe9"))
show("raw", lambda: codecs.raw_unicode_escape_decode(br"\z"))
show("decode", lambda: br"\z".decode("unicode_escape"))
show("decode dash", lambda: br"\q".decode("unicode-escape"))
show("str()", lambda: str(br"\q", "unicode_escape"))
show("codecs.decode", lambda: codecs.decode(br"\q", "unicode_escape"))
show("escape_decode", lambda: codecs.escape_decode(br"\z\q"))
show("escape_decode ok", lambda: codecs.escape_decode(br"\n\x41"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for label, f in [("err decode", lambda: br"\z".decode("unicode_escape")),
                     ("err ued", lambda: codecs.unicode_escape_decode(br"\z")),
                     ("err escape_decode", lambda: codecs.escape_decode(br"\z"))]:
        try:
            print(label, f())
        except DeprecationWarning as e:
            print(label, type(e).__name__, e, type(e.__cause__).__name__)

def mutating(exc):
    exc.object = b"\\" + exc.object[exc.end:]
    return ("\u0404", 0)
codecs.register_error("t.mutating", mutating)
show("mutating", lambda: codecs.unicode_escape_decode(br"\x0n\z", "t.mutating"))

class BOE(UnicodeEncodeError):
    def __init__(self):
        UnicodeEncodeError.__init__(self, "ascii", "", 0, 1, "bad")
        self.object = []
class BOD(UnicodeDecodeError):
    def __init__(self):
        UnicodeDecodeError.__init__(self, "ascii", bytearray(b""), 0, 1, "bad")
        self.object = []
class BOT(UnicodeTranslateError):
    def __init__(self):
        UnicodeTranslateError.__init__(self, "", 0, 1, "bad")
        self.object = b"x"
class NoEnd(UnicodeDecodeError):
    def __init__(self):
        UnicodeDecodeError.__init__(self, "ascii", bytearray(b""), 0, 1, "bad")
        del self.end
for h in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace",
          "surrogateescape", "surrogatepass"]:
    for mk in [BOE, BOD, BOT, NoEnd]:
        show(h + " " + mk.__name__, lambda: codecs.lookup_error(h)(mk()))
e = UnicodeDecodeError("ascii", b"abc", 0, 1, "bad")
try:
    del e.start
except TypeError as x:
    print("del start", x)

seen = []
def search(enc):
    seen.append(enc)
    return (1, 2, 3, 4) if enc == "aaa_8" else None
codecs.register(search)
for n in ["aaa_8", "AAA-8", "AAA---8", "AAA   8", "aaa\xe9\u20ac-8", "AAA.8", "AAA...8",
          "a\xe9\u20ac-8", " x- -y ", "-x-", "a.b-c_d", "A_-_B", "X__Y", "Q9"]:
    try:
        print(repr(n), codecs.lookup(n))
    except LookupError as e:
        print(repr(n), "LookupError", e)
print(seen)
codecs.unregister(search)

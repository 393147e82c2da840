# codecs and encodings: encode/decode with error handlers, incremental
# codecs, lookup, register_error, BOMs, escapes and charmaps.
import codecs, encodings, unicodedata
def e(f, *a, **k):
    try:
        print("->", ascii(f(*a, **k)))
    except Exception as x:
        print(type(x).__name__, x)
s = "h\xe9\u20ac\U0001f600\udcff"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "ascii", "latin-1", "cp1252", "cp437", "iso8859-15",
            "mac-roman", "koi8-r", "utf-7", "unicode_escape", "raw_unicode_escape", "idna", "punycode", "utf-8-sig", "cp850", "shift_jis", "euc-jp", "gbk", "big5"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass", "namereplace"]:
        e(s.encode, enc, errors)
for enc, data in [("utf-8", b"a\xff\xc3"), ("utf-16", b"\xff\xfea\x00b"), ("ascii", b"a\x80"), ("cp1252", b"\x80\x81"), ("utf-8", b"\xed\xa0\x80"),
                  ("unicode_escape", b"\\u20ac\\n\\x41"), ("unicode_escape", b"\\u20"), ("raw_unicode_escape", b"\\u20ac\\n"), ("idna", b"xn--mnchen-3ya.de"),
                  ("utf-32", b"\x00\x00\x11\x00"), ("latin-1", bytes(range(250, 256))), ("utf-7", b"+AGEAYg-"), ("shift_jis", b"\x82\xa0"), ("utf-16-le", b"a")]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
        e(data.decode, enc, errors)
print(codecs.lookup("UTF8").name, codecs.lookup("latin_1").name, codecs.lookup("u8").name, codecs.lookup("cp65001").name if hasattr(encodings, "cp65001") else "-")
e(codecs.lookup, "nosuch")
e("x".encode, "nosuch")
e(b"x".decode, "rot13")
e(codecs.encode, "abc", "rot13")
e(codecs.encode, b"abc", "hex")
e(codecs.decode, b"616263", "hex")
e(codecs.encode, b"abc", "base64")
e(codecs.encode, b"abc" * 10, "zlib")
e("x".encode, "hex")
e(codecs.lookup_error, "nosuch")
codecs.register_error("mine", lambda ex: ("[%d-%d]" % (ex.start, ex.end), ex.end))
e("a\xe9\xe9b".encode, "ascii", "mine")
e(b"a\xff\xfeb".decode, "ascii", "mine")
codecs.register_error("bad", lambda ex: "notatuple")
e("\xe9".encode, "ascii", "bad")
def h(ex):
    print(type(ex).__name__, ex.encoding, ascii(ex.object), ex.start, ex.end, ex.reason)
    return ("?", ex.end)
codecs.register_error("show", h)
e("ab\xe9\u20acc".encode, "latin-1", "show")
e(b"ab\xff".decode, "utf-8", "show")
dec = codecs.getincrementaldecoder("utf-8")()
print(ascii(dec.decode(b"\xe2\x82")), ascii(dec.decode(b"\xac")), ascii(dec.decode(b"", final=True)))
e(codecs.getincrementaldecoder("utf-8")().decode, b"\xe2", True)
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.utf_8_decode(b"ab\xc3", "strict", False))
import io
sr = codecs.getreader("utf-8")(io.BytesIO("x\xe9\ny".encode()))
print(ascii(sr.readline()), ascii(sr.read()))
sw = codecs.getwriter("latin-1")(io.BytesIO())
sw.write("\xe9")
print(sw.getvalue() if hasattr(sw, "getvalue") else sw.stream.getvalue())
print(ascii(codecs.decode(b"\\xe9", "unicode_escape")), codecs.escape_decode(b"\\x41\\n"), codecs.escape_encode(b"\x00'"))
e(UnicodeEncodeError, "ascii", "x", 0, 1, "r")
ex = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid")
print(ex, ex.start, ex.object)
print(str(UnicodeEncodeError("ascii", "\xe9\xe9", 0, 2, "bad")), str(UnicodeTranslateError("\xe9", 0, 1, "r")))
print(ascii("\u00e9".translate({0xe9: "e"})), ascii("abc".translate(str.maketrans("ab", "xy", "c"))))
print(unicodedata.name("\xe9"), unicodedata.lookup("EURO SIGN"), unicodedata.category("\u20ac"), unicodedata.normalize("NFD", "\xe9").encode(), unicodedata.normalize("NFKC", "\ufb01"))
print(unicodedata.numeric("\u00bd"), unicodedata.decimal("9"), unicodedata.digit("\u00b2"), unicodedata.bidirectional("a"), unicodedata.combining("\u0301"), unicodedata.east_asian_width("\u4e00"), unicodedata.mirrored("("), unicodedata.decomposition("\xe9"))
e(unicodedata.name, "\x00")
e(unicodedata.lookup, "NO SUCH CHAR")
e(unicodedata.numeric, "a")
print(unicodedata.unidata_version, unicodedata.is_normalized("NFC", "\xe9"), unicodedata.ucd_3_2_0.unidata_version)
print(ascii("\N{GREEK SMALL LETTER ALPHA}".upper()), "ß".upper(), "ǅ".title(), "İ".lower().encode(), "ﬃ".casefold(), "Σσς".lower())
print([c.isidentifier() for c in ["a1", "1a", "_", "é", "$"]], "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "\u2028".isspace(), "\x1c".isspace())
print("a\u2028b\x1cc\x85d".splitlines(), "Ⅷ".isalpha(), "ǅ".istitle(), ascii("\u0130".lower()))

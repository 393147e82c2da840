# Text-processing modules: import each and exercise it with a small
# deterministic use (textwrap, string, difflib, fnmatch, re, shlex, html,
# html.parser, reprlib, pprint, keyword, unicodedata, stringprep, quopri,
# base64, binascii, codecs, encodings, uu, token, tokenize, colorsys).
import io
import warnings

warnings.simplefilter("ignore", DeprecationWarning)


def section(fn):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, "ERROR", type(e).__name__, e)
    return fn


@section
def textwrap_():
    import textwrap
    s = "The quick brown fox jumps over the lazy dog. " * 3
    print(textwrap.fill(s, 30))
    print(textwrap.shorten(s, 40), textwrap.indent("a\nb\n", "> "), textwrap.dedent("   x\n   y\n"))
    print(textwrap.wrap("aaaa bbbb cccc", width=9, initial_indent="*"))


@section
def string_():
    import string
    t = string.Template("$who likes ${what}s")
    print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
    print(string.ascii_letters, string.digits, string.punctuation, string.capwords("hello  world"))
    print(string.Formatter().format("{0}-{x:>4}", 1, x="y"), t.get_identifiers(), t.is_valid())


@section
def difflib_():
    import difflib
    a, b = "one two three four".split(), "one three four five".split()
    print(list(difflib.unified_diff(a, b, "a", "b", lineterm="")))
    print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach"]))
    print("".join(difflib.ndiff(["a\n", "b\n"], ["a\n", "c\n"])))


@section
def fnmatch_():
    import fnmatch
    print(fnmatch.fnmatch("foo.py", "*.py"), fnmatch.filter(["a.c", "b.h", "c.c"], "*.c"), fnmatch.translate("a?[bc]*"))


@section
def re_():
    import re
    m = re.match(r"(?P<k>\w+)=(?P<v>\d+)", "key=42")
    print(m.groupdict(), re.sub(r"\d", "#", "a1b22"), re.findall(r"\b\w", "hi there you"), re.split(r"[,;]", "a,b;c"))


@section
def shlex_():
    import shlex
    print(shlex.split("a 'b c' \"d e\" f\\ g"), shlex.quote("it's"), shlex.join(["a", "b c"]))


@section
def html_():
    import html
    import html.parser
    print(html.escape("<a href='x'>&</a>"), html.unescape("&lt;&amp;&#39;&eacute;"))

    class P(html.parser.HTMLParser):
        def handle_starttag(self, tag, attrs):
            print("start", tag, attrs)

        def handle_data(self, data):
            print("data", repr(data))

        def handle_endtag(self, tag):
            print("end", tag)

    P().feed("<p class='x'>Hi <b>there</b>&amp;</p>")


@section
def reprlib_pprint():
    import pprint
    import reprlib
    print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100))
    pprint.pprint({"b": list(range(30)), "a": {"nested": ("t", 1)}}, width=40)
    print(pprint.pformat([1, [2, [3, [4]]]], depth=2), pprint.isreadable({1: 2}))


@section
def keyword_unicodedata():
    import keyword
    import stringprep
    import unicodedata
    print(keyword.iskeyword("for"), keyword.softkwlist, len(keyword.kwlist))
    print(unicodedata.name("é"), unicodedata.normalize("NFD", "é").encode(), unicodedata.category("A"))
    print(stringprep.in_table_a1("\u0221"), stringprep.in_table_b1("\u00ad"))


@section
def quopri_base64_binascii():
    import base64
    import binascii
    import quopri
    print(quopri.encodestring("héllo=".encode()), base64.b64encode(b"\x00\xffabc"), base64.b32encode(b"abc"))
    print(base64.urlsafe_b64decode("_-8="), base64.a85encode(b"hello"), base64.b16decode("414243"))
    print(binascii.hexlify(b"ab", "-"), binascii.crc32(b"hello"), binascii.b2a_base64(b"x"))


@section
def codecs_encodings():
    import codecs
    import encodings
    import encodings.idna
    print(codecs.encode("abc", "rot13"), codecs.lookup("utf-8").name, "ü".encode("latin-1"), encodings.normalize_encoding("UTF 8"))
    print(codecs.decode(b"68656c6c6f", "hex"), "bücher.de".encode("idna"))


@section
def uu_():
    import uu
    out = io.BytesIO()
    uu.encode(io.BytesIO(b"hello world"), out, "f.txt", 0o644)
    print(out.getvalue())
    back = io.BytesIO()
    uu.decode(io.BytesIO(out.getvalue()), back)
    print(back.getvalue())


@section
def tokenize_():
    import token
    import tokenize
    toks = list(tokenize.generate_tokens(io.StringIO("x = (1 + 2)  # c\n").readline))
    print([(token.tok_name[t.type], t.string) for t in toks])
    print(token.OP, token.ISTERMINAL(token.NAME), tokenize.untokenize(toks))


@section
def colorsys_():
    import colorsys
    print(colorsys.rgb_to_hsv(0.2, 0.4, 0.4), colorsys.hls_to_rgb(0.5, 0.5, 0.5), colorsys.rgb_to_yiq(1, 0, 0))

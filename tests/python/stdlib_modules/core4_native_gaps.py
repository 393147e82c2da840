# Modules that need native C parts Krait may lack: bz2 (_bz2), lzma
# (_lzma), hashlib.pbkdf2_hmac (_hashlib), exact zlib output, pyexpat
# (plistlib, xml.etree parsing, xml.dom.minidom, xml.sax), marshal of code
# objects (py_compile), shutil's bztar format, ssl (_ssl), sqlite3
# (_sqlite3).
import warnings

warnings.simplefilter("error", DeprecationWarning)


def section(fn):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, "ERROR", type(e).__name__, e)
    return fn


@section
def bz2_():
    import bz2
    c = bz2.compress(b"data" * 100)
    print(bz2.decompress(c) == b"data" * 100, c[:4])


@section
def lzma_():
    import lzma
    c = lzma.compress(b"data" * 100)
    print(lzma.decompress(c) == b"data" * 100, c[:6])


@section
def pbkdf2_():
    import hashlib
    print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 10).hex())


@section
def zlib_bytes():
    import zlib
    data = b"hello hello hello hello" * 20
    print(zlib.compress(data, 9), zlib.compress(b"abcabcabc"))


@section
def plistlib_():
    import plistlib
    data = plistlib.dumps({"a": 1, "b": [True, "x"]})
    print(data.decode().splitlines()[-4:], plistlib.loads(data))
    print(plistlib.loads(plistlib.dumps({"k": 2}, fmt=plistlib.FMT_BINARY)))




@section
def py_compile_():
    import os
    import py_compile
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "m.py")
        with open(src, "w") as f:
            f.write("X = 1\n")
        print(os.path.basename(py_compile.compile(src, cfile=os.path.join(d, "m.pyc"), doraise=True)))


@section
def bztar_():
    import shutil
    print([f[0] for f in shutil.get_archive_formats()])


@section
def xml_parsers():
    import xml.dom.minidom
    import xml.etree.ElementTree as ET
    import xml.sax
    root = ET.fromstring("<r a='1'><c>t</c><c/></r>")
    print(root.tag, root.attrib, [c.text for c in root], ET.tostring(root))
    print(xml.dom.minidom.parseString("<a><b>x</b></a>").documentElement.toxml())

    class H(xml.sax.ContentHandler):
        def startElement(self, name, attrs):
            print("sax", name, dict(attrs))

    xml.sax.parseString(b"<q k='v'/>", H())


@section
def ssl_():
    import ssl
    print(ssl.PROTOCOL_TLS_CLIENT > 0, ssl.create_default_context().check_hostname)


@section
def sqlite3_():
    import sqlite3
    con = sqlite3.connect(":memory:")
    con.execute("create table t(x)")
    con.executemany("insert into t values (?)", [(1,), (2,)])
    print(con.execute("select sum(x) from t").fetchone())

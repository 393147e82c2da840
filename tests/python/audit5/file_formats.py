# configparser, tomllib, plistlib, zipfile, tarfile, shelve/dbm, gzip files,
# xml.etree and mimetypes used on files in a temp dir.
import configparser, tomllib, plistlib, zipfile, tarfile, shelve, dbm, gzip, io, os, tempfile, mimetypes, xml.etree.ElementTree as ET, json, struct, filecmp, stat
tmp = tempfile.mkdtemp(); os.chdir(tmp)
def e(f, *a, **k):
    try: print("->", repr(f(*a, **k)))
    except Exception as x: print(type(x).__name__, str(x).replace(tmp, "TMP"))
cp = configparser.ConfigParser()
cp.read_string("[DEFAULT]\nbase = /opt\n[app]\npath = %(base)s/app\nport = 8080\ndebug = yes\nratio = 0.5\n[empty]\n")
print(cp.sections(), cp["app"]["path"], cp.getint("app", "port"), cp.getboolean("app", "debug"), cp.getfloat("app", "ratio"), dict(cp["empty"]), cp.get("app", "missing", fallback="fb"))
e(cp.get, "nosect", "x")
e(cp.get, "app", "nokey")
e(cp.getint, "app", "path")
e(cp.read_string, "[a]\nx=1\n[a]\n")
e(cp.read_string, "no section header\n")
e(configparser.ConfigParser().read_string, "[s]\nk = %(missing)s\n")
cp2 = configparser.ConfigParser(); cp2.read_string("[s]\nk = %(missing)s\n"); e(cp2.get, "s", "k")
out = io.StringIO(); cp.write(out); print(repr(out.getvalue()))
print(cp.read(["nosuch.ini"]), configparser.RawConfigParser().optionxform("KeY"))
t = tomllib.loads('title = "T"\n[owner]\nname = "x"\ndob = 1979-05-27T07:32:00-08:00\n[[items]]\nv = 1\n[[items]]\nv = [1, 2.5, true]\n')
print(t)
e(tomllib.loads, "a = ")
e(tomllib.loads, "a = 1\na = 2")
pl = {"a": 1, "b": [True, 2.5, "s"], "c": b"bytes", "d": {"x": None if False else 0}}
x = plistlib.dumps(pl); print(x.decode()[:120].replace("\n", "|"), plistlib.loads(x) == pl, plistlib.loads(plistlib.dumps(pl, fmt=plistlib.FMT_BINARY)) == pl)
with zipfile.ZipFile("a.zip", "w", compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr("x.txt", "hello" * 10); z.writestr(zipfile.ZipInfo("d/y.bin", date_time=(2020, 1, 2, 3, 4, 6)), b"\x00\x01")
with zipfile.ZipFile("a.zip") as z:
    print(z.namelist(), [(i.filename, i.file_size, i.compress_type, i.date_time) for i in z.infolist()][1], z.read("x.txt")[:10], z.testzip(), z.getinfo("x.txt").compress_size < 50)
    e(z.read, "nosuch")
    with z.open("x.txt") as f: print(f.read(5))
    z.extractall("ex"); print(sorted(os.listdir("ex")))
e(zipfile.ZipFile, "nosuch.zip")
with open("bad.zip", "wb") as f: f.write(b"not a zip")
e(zipfile.ZipFile, "bad.zip")
print(zipfile.is_zipfile("a.zip"), zipfile.is_zipfile("bad.zip"))
p = zipfile.Path("a.zip"); print([c.name for c in p.iterdir()], (p / "x.txt").read_text()[:5])
with tarfile.open("t.tar.gz", "w:gz") as tf:
    data = b"tar data"; ti = tarfile.TarInfo("dir/f.txt"); ti.size = len(data); ti.mtime = 0; ti.mode = 0o644; tf.addfile(ti, io.BytesIO(data))
    tf.add("a.zip", arcname="a.zip")
with tarfile.open("t.tar.gz") as tf:
    print(tf.getnames(), tf.extractfile("dir/f.txt").read(), tf.getmember("dir/f.txt").mode, tf.getmember("dir/f.txt").isfile())
    e(tf.getmember, "nope")
    tf.extractall("tex", filter="data") if hasattr(tarfile, "data_filter") else tf.extractall("tex")
    print(sorted(os.listdir("tex")))
e(tarfile.open, "bad.zip")
print(tarfile.is_tarfile("t.tar.gz"), tarfile.is_tarfile("bad.zip"))
with shelve.open("shelf") as sh:
    sh["k"] = {"nested": [1, 2]}; sh["n"] = 5
with shelve.open("shelf") as sh:
    print(sorted(sh.keys()), sh["k"], "n" in sh)
print(dbm.whichdb("shelf") is not None)
with dbm.open("plain", "c") as db:
    db[b"a"] = b"1"; db["b"] = "2"; print(sorted(db.keys()), db[b"b"])
e(dbm.open, "nosuchdb", "r")
with gzip.open("f.gz", "wt", encoding="utf-8") as g: g.write("line1\nline2\n")
with gzip.open("f.gz", "rt", encoding="utf-8") as g: print(g.readlines())
with open("f.gz", "rb") as f: print(f.read(3))
e(lambda: gzip.open("a.zip").read())
root = ET.fromstring('<root a="1"><item id="x">text<sub/>tail</item><item id="y"/></root>')
print(root.tag, root.attrib, [i.get("id") for i in root.findall("item")], root.find("item").text, root.find("item/sub").tail, ET.tostring(root, encoding="unicode"))
el = ET.SubElement(root, "new", {"k": "v"}); el.text = "<&>"; ET.indent(root); print(ET.tostring(root).decode())
e(ET.fromstring, "<a><b></a>")
tree = ET.ElementTree(root); tree.write("x.xml", xml_declaration=True, encoding="utf-8"); print(open("x.xml").read()[:60].replace("\n", "|"), ET.parse("x.xml").getroot().tag)
print(list(root.iter("item"))[1].attrib, root.findtext("new"), [e.tag for e in root.iterfind(".//*")])
print(mimetypes.guess_type("a.json"), mimetypes.guess_type("x.tar.gz"), mimetypes.guess_extension("text/html"), mimetypes.guess_type("noext"))
with open("c1", "w") as f: f.write("same")
with open("c2", "w") as f: f.write("same")
print(filecmp.cmp("c1", "c2"), filecmp.cmp("c1", "a.zip"))

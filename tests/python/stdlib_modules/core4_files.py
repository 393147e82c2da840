# File and format modules, in a temporary directory or in memory: pathlib,
# os, os.path, posixpath, glob, shutil, tempfile, filecmp, fileinput,
# zipfile, tarfile, csv, json, configparser, marshal, io, linecache, stat,
# mimetypes, netrc, wave, zipapp, zipimport.
import io
import os
import sys
import tempfile


def section(fn):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, "ERROR", type(e).__name__, e)
    return fn


TMP = tempfile.mkdtemp()


def rel(p):
    return os.path.relpath(p, TMP)


@section
def pathlib_ospath():
    import pathlib
    import posixpath
    p = pathlib.PurePosixPath("/usr/lib/python3.11/os.py")
    print(p.name, p.suffix, p.stem, p.parent, p.parts, p.with_suffix(".pyc"), p.relative_to("/usr"))
    print(pathlib.PurePosixPath("a") / "b" / "..", p.match("*.py"), pathlib.PureWindowsPath("c:/x/y").drive)
    print(os.path.join("a", "b"), os.path.splitext("x.tar.gz"), posixpath.normpath("a//b/../c"), os.path.basename("/a/b"))
    d = pathlib.Path(TMP) / "sub"
    d.mkdir()
    (d / "f.txt").write_text("hello\nworld\n")
    print((d / "f.txt").read_text().splitlines(), sorted(x.name for x in d.iterdir()), (d / "f.txt").stat().st_size)
    print(d.exists(), (d / "nope").exists(), (d / "f.txt").is_file(), d.is_dir())


@section
def glob_shutil_filecmp():
    import filecmp
    import glob
    import shutil
    for n in ("a.py", "b.py", "c.txt"):
        with open(os.path.join(TMP, n), "w") as f:
            f.write(n)
    print(sorted(rel(p) for p in glob.glob(os.path.join(TMP, "*.py"))), sorted(glob.glob("*.txt", root_dir=TMP)))
    shutil.copy(os.path.join(TMP, "a.py"), os.path.join(TMP, "a2.py"))
    print(filecmp.cmp(os.path.join(TMP, "a.py"), os.path.join(TMP, "a2.py"), shallow=False))
    shutil.copytree(os.path.join(TMP, "sub"), os.path.join(TMP, "sub2"))
    print(sorted(os.listdir(os.path.join(TMP, "sub2"))), filecmp.dircmp(os.path.join(TMP, "sub"), os.path.join(TMP, "sub2")).same_files)
    shutil.rmtree(os.path.join(TMP, "sub2"))
    shutil.move(os.path.join(TMP, "a2.py"), os.path.join(TMP, "moved.py"))
    print(os.path.exists(os.path.join(TMP, "moved.py")), shutil.which("sh") is not None)
    arch = shutil.make_archive(os.path.join(TMP, "arch"), "zip", os.path.join(TMP, "sub"))
    print(rel(arch), "zip" in [f[0] for f in shutil.get_archive_formats()])


@section
def tempfile_fileinput():
    import fileinput
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=TMP, delete=False) as f:
        f.write("l1\nl2\n")
        name = f.name
    print(name.endswith(".txt"), os.path.dirname(name) == TMP)
    with tempfile.TemporaryFile() as t:
        t.write(b"xyz")
        t.seek(0)
        print(t.read())
    with fileinput.input(files=[name, name]) as fi:
        print([(fi.filelineno(), line.strip()) for line in fi])
    s = tempfile.SpooledTemporaryFile(max_size=10)
    s.write(b"abc")
    s.seek(0)
    print(s.read(), tempfile.gettempprefix())


@section
def zipfile_():
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("a.txt", (2020, 1, 1, 0, 0, 0)), "alpha" * 10)
        z.writestr(zipfile.ZipInfo("d/b.txt", (2020, 1, 1, 0, 0, 0)), b"beta")
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
        print(z.namelist(), z.read("a.txt")[:10], [(i.filename, i.file_size) for i in z.infolist()], z.testzip())
        print(zipfile.Path(z, "d/").iterdir().__next__().name)
    print(zipfile.is_zipfile(io.BytesIO(buf.getvalue())))


@section
def tarfile_():
    import tarfile
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as t:
        data = b"tar data"
        ti = tarfile.TarInfo("x/y.txt")
        ti.size, ti.mtime = len(data), 0
        t.addfile(ti, io.BytesIO(data))
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode="r:*") as t:
        print(t.getnames(), t.extractfile("x/y.txt").read(), t.getmember("x/y.txt").size)


@section
def csv_json():
    import csv
    import json
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["a", "b,c", 'q"x'])
    w.writerow([1, 2.5, None])
    print(repr(out.getvalue()), list(csv.reader(io.StringIO(out.getvalue()))))
    dw = csv.DictWriter(io.StringIO(), ["k"])
    print(list(csv.DictReader(io.StringIO("k,v\n1,2\n"))), csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter, dw.fieldnames)
    obj = {"b": [1, 2.5, None, True], "a": "é", "c": {"d": []}}
    print(json.dumps(obj, sort_keys=True), json.dumps(obj, indent=2, ensure_ascii=False), json.loads('{"x": [1e3, null]}'))
    try:
        json.loads("{bad}")
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e)


@section
def configparser_():
    import configparser
    cp = configparser.ConfigParser()
    cp.read_string("[DEFAULT]\nbase = /x\n[s]\npath = %(base)s/y\nn = 3\nflag = yes\n")
    print(cp.sections(), cp["s"]["path"], cp.getint("s", "n"), cp.getboolean("s", "flag"), dict(cp["s"]))
    out = io.StringIO()
    cp.write(out)
    print(out.getvalue())


@section
def marshal_linecache_stat():
    import linecache
    import marshal
    import stat
    print(marshal.loads(marshal.dumps({"a": (1, 2.5, b"x")})), len(marshal.dumps(1)))
    path = os.path.join(TMP, "sub", "f.txt")
    print(repr(linecache.getline(path, 2)), linecache.getline(path, 9) == "")
    m = os.stat(path).st_mode
    print(stat.S_ISREG(m), stat.S_ISDIR(m), stat.filemode(0o100644), stat.S_IMODE(0o100755))


@section
def mimetypes_netrc():
    import mimetypes
    import netrc
    print(mimetypes.guess_type("x.html"), mimetypes.guess_type("a.tar.gz"), mimetypes.guess_extension("image/png"))
    path = os.path.join(TMP, "netrc")
    with open(path, "w") as f:
        f.write("machine host login me password pw\n")
    os.chmod(path, 0o600)
    print(netrc.netrc(path).authenticators("host"))


@section
def wave_():
    import wave
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x00\x01" * 10)
    buf.seek(0)
    with wave.open(buf) as r:
        print(r.getparams(), r.readframes(2))


@section
def zipapp_zipimport():
    import zipapp
    import zipimport
    src = os.path.join(TMP, "app")
    os.mkdir(src)
    with open(os.path.join(src, "__main__.py"), "w") as f:
        f.write("print('app')\n")
    with open(os.path.join(src, "mod.py"), "w") as f:
        f.write("X = 42\n")
    target = os.path.join(TMP, "app.pyz")
    zipapp.create_archive(src, target)
    zi = zipimport.zipimporter(target)
    print(zi.find_spec("mod").name, zi.load_module("mod").X if False else "skip", rel(zi.archive))
    sys.path.insert(0, target)
    import mod
    print(mod.X, rel(mod.__file__))
    sys.path.pop(0)


import shutil

shutil.rmtree(TMP)

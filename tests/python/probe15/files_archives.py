# File-handling utilities: pathlib/shutil/tempfile/glob/fnmatch/filecmp operations in a temp tree,
# zipfile/tarfile archives with members read back, os.walk ordering (sorted), file modes.
import os, pathlib, shutil, tempfile, glob, fnmatch, filecmp, zipfile, tarfile, io, stat

with tempfile.TemporaryDirectory(prefix="probe") as tmp:
    root = pathlib.Path(tmp)
    (root / "src" / "pkg").mkdir(parents=True)
    (root / "src" / "pkg" / "__init__.py").write_text("")
    (root / "src" / "pkg" / "mod.py").write_text("x = 1\n" * 3)
    (root / "src" / "README.md").write_text("# Title\n\ntext\n", encoding="utf-8")
    (root / "src" / "data.bin").write_bytes(bytes(range(10)))
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*")))
    print(sorted(p.name for p in (root / "src").glob("*.md")), [p.suffix for p in sorted((root / "src").iterdir())])
    p = root / "src" / "pkg" / "mod.py"
    print(p.name, p.stem, p.suffix, p.parent.name, p.parts[-3:], p.with_suffix(".txt").name, p.with_stem("other").name)
    print(p.read_text().count("\n"), p.stat().st_size, p.exists(), p.is_file(), p.is_dir(), (root / "nope").exists())
    print(pathlib.PurePosixPath("/a/b/../c.tar.gz").suffixes, pathlib.PurePosixPath("a/b").joinpath("c", "d"), pathlib.PurePath("x/y").match("*/y"))
    shutil.copytree(root / "src", root / "dst", ignore=shutil.ignore_patterns("*.bin"))
    print(sorted(str(q.relative_to(root / "dst")) for q in (root / "dst").rglob("*")))
    cmp = filecmp.dircmp(root / "src", root / "dst")
    print(sorted(cmp.left_only), sorted(cmp.common_files), cmp.diff_files)
    shutil.copy2(p, root / "copy.py")
    print(filecmp.cmp(p, root / "copy.py", shallow=False))
    shutil.move(str(root / "copy.py"), str(root / "moved.py"))
    print(sorted(os.listdir(root)))
    os.chmod(root / "moved.py", 0o640)
    print(oct(stat.S_IMODE((root / "moved.py").stat().st_mode)), stat.filemode((root / "moved.py").stat().st_mode))
    (root / "moved.py").rename(root / "renamed.py")
    (root / "renamed.py").unlink()
    print([ (os.path.relpath(d, root), sorted(dirs), sorted(files)) for d, dirs, files in sorted(os.walk(root / "src"))])
    print(sorted(os.path.relpath(x, root) for x in glob.glob(str(root / "**" / "*.py"), recursive=True)))
    print(fnmatch.filter(["a.py", "b.txt", "c.PY"], "*.py"), fnmatch.fnmatch("File.TXT", "*.txt"), fnmatch.translate("*.p[yw]"))
    arch = shutil.make_archive(str(root / "bundle"), "zip", root / "src")
    with zipfile.ZipFile(arch) as z:
        print(sorted(z.namelist()), z.read("pkg/mod.py").decode().count("x"), z.testzip())
    zp = root / "manual.zip"
    with zipfile.ZipFile(zp, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", "hello " * 50)
        z.writestr(zipfile.ZipInfo("dir/"), "")
        z.write(p, arcname="code/mod.py")
        z.comment = b"made by probe"
    with zipfile.ZipFile(zp) as z:
        for info in z.infolist():
            print(info.filename, info.file_size, info.compress_type, info.is_dir(), info.compress_size < info.file_size or info.file_size == 0)
        print(z.comment, z.open("a.txt").read(11))
        zpath = zipfile.Path(z, "code/")
        print([x.name for x in zpath.iterdir()], zipfile.Path(z, "a.txt").read_text()[:5])
    try:
        zipfile.ZipFile(io.BytesIO(b"not a zip"))
    except zipfile.BadZipFile as e:
        print("BadZipFile", e)
    tp = root / "t.tar.gz"
    with tarfile.open(tp, "w:gz") as t:
        t.add(root / "src", arcname="src", filter=lambda ti: None if ti.name.endswith(".bin") else ti)
        data = b"in-memory member"
        ti = tarfile.TarInfo("mem/note.txt"); ti.size = len(data); ti.mtime = 0; ti.mode = 0o600
        t.addfile(ti, io.BytesIO(data))
    with tarfile.open(tp) as t:
        print(sorted(t.getnames()), t.extractfile("mem/note.txt").read(), oct(t.getmember("mem/note.txt").mode), t.getmember("src/pkg").isdir())
        t.extractall(root / "out")  # no filter=: /usr/lib/python3.11 is 3.11.2
    print(sorted(str(q.relative_to(root / "out")) for q in (root / "out").rglob("*")))
    print(shutil.disk_usage(root).total > 0, shutil.which("sh") is not None, bool(shutil.get_archive_formats()))
    shutil.rmtree(root / "dst")
    print((root / "dst").exists())
    fd, name = tempfile.mkstemp(suffix=".log", dir=root)
    os.write(fd, b"abc"); os.close(fd)
    print(os.path.basename(name).endswith(".log"), os.path.getsize(name))
    with tempfile.NamedTemporaryFile("w+", dir=root, delete=True) as f:
        f.write("named"); f.seek(0); print(f.read(), os.path.exists(f.name))
    with tempfile.SpooledTemporaryFile(max_size=10) as sf:
        sf.write(b"x" * 5); print(sf._rolled); sf.write(b"y" * 10); print(sf._rolled)
    with open(root / "modes.txt", "w", newline="\r\n") as f:
        f.write("a\nb\n")
    print((root / "modes.txt").read_bytes(), open(root / "modes.txt").read(), open(root / "modes.txt", newline="").read())
    with open(root / "modes.txt", "a+") as f:
        f.write("c"); f.seek(0); print(repr(f.read()))
    try:
        open(root / "modes.txt", "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno, e.strerror)
    try:
        (root / "missing" / "f").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.strerror, os.path.basename(e.filename))

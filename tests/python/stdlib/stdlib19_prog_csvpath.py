import csv, io, pathlib, tempfile, os, shutil, glob, fnmatch, statistics, collections
d = pathlib.Path(tempfile.mkdtemp())
try:
    (d / "data").mkdir()
    rows = [{"name": "alice", "age": "30", "city": "Paris, FR"}, {"name": "bob", "age": "25", "city": 'New "York"'},
            {"name": "carol", "age": "35", "city": "Line\nBreak"}]
    with open(d / "data" / "people.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["name", "age", "city"], quoting=csv.QUOTE_MINIMAL)
        w.writeheader(); w.writerows(rows)
    print(repr((d / "data" / "people.csv").read_text()))
    with (d / "data" / "people.csv").open(newline="") as f:
        r = csv.DictReader(f)
        data = list(r)
        print(r.fieldnames, r.line_num)
    print(data)
    ages = [int(x["age"]) for x in data]
    print(statistics.mean(ages), statistics.median(ages), statistics.stdev(ages), statistics.pvariance(ages))
    s = io.StringIO()
    w = csv.writer(s, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    w.writerow([1, 2.5, "x", None, 7])
    print(repr(s.getvalue()))
    print(list(csv.reader(io.StringIO(s.getvalue()), delimiter=";", quoting=csv.QUOTE_NONNUMERIC)))
    print(csv.Sniffer().sniff("a;b;c\n1;2;3\n").delimiter, csv.Sniffer().has_header("name,age\nx,1\ny,2\n"))
    try:
        list(csv.reader(['a,"b']))
        list(csv.reader(['a,"b'], strict=True))
    except csv.Error as e:
        print("csv.Error", e)
    for n in ["a.txt", "b.log", "c.txt", "sub/d.txt"]:
        p = d / n; p.parent.mkdir(exist_ok=True); p.write_text(n * 3)
    print(sorted(p.relative_to(d).as_posix() for p in d.rglob("*.txt")))
    print(sorted(os.path.relpath(x, d) for x in glob.glob(str(d / "**" / "*.txt"), recursive=True)))
    print(fnmatch.filter(["a.txt", "B.TXT", "c.py"], "*.txt"), fnmatch.fnmatch("X.PY", "*.py"), fnmatch.translate("a*[!b]?"))
    shutil.copytree(d / "sub", d / "sub2")
    shutil.move(str(d / "a.txt"), str(d / "sub2" / "a2.txt"))
    print(sorted(os.listdir(d / "sub2")))
    print([(p.name, p.stat().st_size) for p in sorted((d / "sub2").iterdir())])
    p = pathlib.PurePosixPath("/usr/lib/python3.11/os.py")
    print(p.stem, p.suffix, p.suffixes, p.parent, p.parents[1], p.with_suffix(".pyc"), p.with_name("x.y"), p.parts)
    print(p.match("*.py"), p.is_absolute(), p.relative_to("/usr"), pathlib.PurePosixPath("a/b/../c"))
    print(pathlib.PureWindowsPath("C:\\Users\\x\\f.txt").parts, pathlib.PureWindowsPath("c:/a") == pathlib.PureWindowsPath("C:\\A"))
    try:
        p.relative_to("/etc")
    except ValueError as e:
        print(e)
    try:
        (d / "nope").read_text()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror)
    c = collections.Counter((d / "sub" / "d.txt").read_text())
    print(c.most_common(3))
    print(shutil.disk_usage(d).total > 0, shutil.which("sh"))
    arch = shutil.make_archive(str(d / "arch"), "zip", d / "sub")
    print(os.path.basename(arch))
finally:
    shutil.rmtree(d)
print(d.exists())

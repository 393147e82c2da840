# A small CLI tool: argparse subcommands, logging to a stream, json/pathlib/shutil/tempfile.
import argparse, io, json, logging, pathlib, shutil, sys, tempfile, contextlib

def build_parser():
    p = argparse.ArgumentParser(prog="inv", description="Inventory manager.")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--root", type=pathlib.Path, help="data directory")
    sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
    a = sub.add_parser("add", help="add an item")
    a.add_argument("name")
    a.add_argument("qty", type=int)
    a.add_argument("--tag", action="append", default=[], help="tag (repeatable)")
    r = sub.add_parser("remove", help="remove an item")
    r.add_argument("name")
    l = sub.add_parser("list", help="list items")
    l.add_argument("--sort", choices=["name", "qty"], default="name")
    g = l.add_mutually_exclusive_group()
    g.add_argument("--json", action="store_true")
    g.add_argument("--csv", action="store_true")
    return p

def setup_logging(stream, verbose):
    log = logging.getLogger("inv")
    log.handlers.clear()
    h = logging.StreamHandler(stream)
    h.setFormatter(logging.Formatter("%(levelname)-7s %(name)s: %(message)s"))
    log.addHandler(h)
    log.setLevel(logging.DEBUG if verbose > 1 else logging.INFO if verbose else logging.WARNING)
    log.propagate = False
    return log

def run(argv, root):
    out = io.StringIO()
    err = io.StringIO()
    parser = build_parser()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            ns = parser.parse_args(argv)
        except SystemExit as e:
            code = e.code
            ns = None
        if ns is not None:
            log = setup_logging(sys.stderr, ns.verbose)
            db = (ns.root or root) / "db.json"
            data = json.loads(db.read_text()) if db.exists() else {}
            log.debug("loaded %d items from %s", len(data), db.name)
            if ns.cmd == "add":
                item = data.setdefault(ns.name, {"qty": 0, "tags": []})
                item["qty"] += ns.qty
                item["tags"] = sorted(set(item["tags"]) | set(ns.tag))
                log.info("added %s x%d", ns.name, ns.qty)
            elif ns.cmd == "remove":
                if ns.name not in data:
                    log.error("no such item: %r", ns.name)
                    code = 1
                else:
                    del data[ns.name]
                    log.warning("removed %s", ns.name)
            elif ns.cmd == "list":
                key = (lambda kv: kv[0]) if ns.sort == "name" else (lambda kv: (-kv[1]["qty"], kv[0]))
                items = sorted(data.items(), key=key)
                if ns.json:
                    print(json.dumps(dict(items), indent=2, sort_keys=True))
                elif ns.csv:
                    for k, v in items:
                        print(f"{k},{v['qty']},{';'.join(v['tags'])}")
                else:
                    for k, v in items:
                        print(f"{k:<10}{v['qty']:>5}  {', '.join(v['tags']) or '-'}")
            db.write_text(json.dumps(data, sort_keys=True))
    print(f"$ inv {' '.join(argv)}  -> exit {code}")
    for line in out.getvalue().splitlines():
        print("  out|", line)
    for line in err.getvalue().splitlines():
        print("  err|", line)

with tempfile.TemporaryDirectory() as d:
    root = pathlib.Path(d)
    run(["add", "apple", "3", "--tag", "fruit", "--tag", "red"], root)
    run(["-v", "add", "pear", "10"], root)
    run(["-vv", "add", "apple", "2", "--tag", "green"], root)
    run(["list"], root)
    run(["list", "--sort", "qty", "--json"], root)
    run(["list", "--csv"], root)
    run(["list", "--json", "--csv"], root)
    run(["remove", "banana"], root)
    run(["-v", "remove", "pear"], root)
    run(["add", "kiwi", "many"], root)
    run(["frob"], root)
    run([], root)
    run(["--help"], root)
    run(["add", "--help"], root)
    run(["list", "--sort", "size"], root)
    backup = root / "backup"
    shutil.copytree(root, backup, ignore=shutil.ignore_patterns("backup"))
    print(sorted(p.name for p in backup.iterdir()))
    shutil.rmtree(backup)
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*")))
    print(json.loads((root / "db.json").read_text()))

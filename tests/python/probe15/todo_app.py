# A small to-do application: dataclasses persisted as JSON in a temp dir, argparse commands run
# in sequence, dates with zoneinfo/timedelta, sorting/grouping, tabular output with str.format/f-strings.
import argparse, dataclasses, datetime as dt, json, pathlib, tempfile, zoneinfo, itertools, shlex, io, contextlib, enum

class Prio(enum.IntEnum):
    LOW = 1
    MED = 2
    HIGH = 3

@dataclasses.dataclass
class Task:
    id: int
    title: str
    due: dt.date | None = None
    prio: Prio = Prio.MED
    done: bool = False
    tags: list[str] = dataclasses.field(default_factory=list)
    def to_json(self):
        d = dataclasses.asdict(self)
        d["due"] = self.due.isoformat() if self.due else None
        d["prio"] = self.prio.name
        return d
    @classmethod
    def from_json(cls, d):
        return cls(**{**d, "due": dt.date.fromisoformat(d["due"]) if d["due"] else None, "prio": Prio[d["prio"]]})

class Store:
    def __init__(self, path):
        self.path = path
        self.tasks = [Task.from_json(d) for d in json.loads(path.read_text())] if path.exists() else []
    def save(self):
        self.path.write_text(json.dumps([t.to_json() for t in self.tasks], indent=1, sort_keys=True))
    def next_id(self):
        return max((t.id for t in self.tasks), default=0) + 1

TODAY = dt.date(2024, 3, 9)
def parse_due(s):
    if s == "today": return TODAY
    if s.startswith("+"): return TODAY + dt.timedelta(days=int(s[1:]))
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad date {s!r}")

def parser():
    p = argparse.ArgumentParser(prog="todo", exit_on_error=False)
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("add"); a.add_argument("title"); a.add_argument("--due", type=parse_due)
    a.add_argument("--prio", choices=[x.name.lower() for x in Prio], default="med"); a.add_argument("--tag", action="append", default=[])
    d = sub.add_parser("done"); d.add_argument("ids", type=int, nargs="+")
    l = sub.add_parser("list"); l.add_argument("--all", action="store_true"); l.add_argument("--by", choices=["due", "prio", "tag"], default="due")
    sub.add_parser("stats")
    return p

def run(store, line):
    p = parser()
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            a = p.parse_args(shlex.split(line))
    except (argparse.ArgumentError, SystemExit) as e:
        print(f"! {line!r}: {e}", err.getvalue(), sep="\n", end="")
        return
    if a.cmd == "add":
        t = Task(store.next_id(), a.title, a.due, Prio[a.prio.upper()], tags=a.tag)
        store.tasks.append(t); print(f"added #{t.id}: {t.title}")
    elif a.cmd == "done":
        for i in a.ids:
            t = next((t for t in store.tasks if t.id == i), None)
            print(f"no task #{i}" if t is None else f"done #{i}"); t and setattr(t, "done", True)
    elif a.cmd == "list":
        rows = [t for t in store.tasks if a.all or not t.done]
        if a.by == "due":
            rows.sort(key=lambda t: (t.due is None, t.due or dt.date.max, -t.prio))
            for t in rows:
                late = " LATE" if t.due and t.due < TODAY and not t.done else ""
                due = t.due.strftime("%a %d %b") if t.due else "-"
                print(f"{'x' if t.done else ' '} {t.id:>3} {t.title:<18.18} {due:>10} {t.prio.name:<4}{late}")
        elif a.by == "prio":
            for pr, grp in itertools.groupby(sorted(rows, key=lambda t: -t.prio), key=lambda t: t.prio):
                print(f"{pr.name}: {', '.join(t.title for t in grp)}")
        else:
            tags = sorted({g for t in rows for g in t.tags})
            for g in tags:
                print("{:>6} -> {}".format("#" + g, [t.id for t in rows if g in t.tags]))
    else:
        n = len(store.tasks); k = sum(t.done for t in store.tasks)
        print(f"{k}/{n} done ({k / n:.0%})" if n else "empty", "| overdue:", sum(1 for t in store.tasks if t.due and t.due < TODAY and not t.done))
    store.save()

with tempfile.TemporaryDirectory() as d:
    path = pathlib.Path(d) / "todo.json"
    store = Store(path)
    for line in ['add "Write report" --due +2 --prio high --tag work', 'add "Buy milk" --due today --tag home --tag shop',
                 'add "Call Bob" --due 2024-03-01', 'add Refactor --tag work', 'add "Bad date" --due tomorrow',
                 "add X --prio urgent", "done 2 9", "list", "list --all --by prio", "list --by tag", "stats", "frobnicate"]:
        run(store, line)
    store2 = Store(path)
    print(len(store2.tasks), store2.tasks[0], json.loads(path.read_text())[1]["tags"])
tz = zoneinfo.ZoneInfo("Europe/Berlin")
start = dt.datetime(2024, 3, 30, 22, 0, tzinfo=tz)
for h in (0, 3, 6, 27):
    t = start + dt.timedelta(hours=h)
    print(t.isoformat(), t.tzname(), t.utcoffset(), (t.astimezone(dt.timezone.utc)).strftime("%H:%M %Z"))
ny = zoneinfo.ZoneInfo("America/New_York")
meet = dt.datetime(2024, 11, 3, 1, 30, tzinfo=ny)
print(meet.tzname(), meet.replace(fold=1).tzname(), meet.astimezone(tz).strftime("%Y-%m-%d %H:%M %Z%z"), (dt.datetime(2024, 11, 4, tzinfo=ny) - dt.datetime(2024, 11, 3, tzinfo=ny)))
print(dt.datetime(2024, 1, 31).strftime("%G-W%V-%u %p %I %y %C %e|%-d" if False else "%G-W%V-%u %p %I %y"), dt.date(2024, 12, 30).isocalendar(), dt.datetime.strptime("09/03/24 14:05", "%d/%m/%y %H:%M"))
print(dt.timedelta(days=1, seconds=3661, microseconds=5) * 1.5, dt.timedelta(hours=-1), abs(dt.timedelta(hours=-25)), dt.timedelta(weeks=1) / dt.timedelta(hours=5), divmod(dt.timedelta(hours=25), dt.timedelta(hours=7)))

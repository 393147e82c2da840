# System modules: subprocess (echo), signal, select, selectors, threading,
# concurrent.futures, sched, time, datetime, calendar, zoneinfo, locale,
# gettext, logging (to a StringIO), getopt, optparse, argparse, getpass,
# errno, fcntl, resource, pwd, grp, queue with threads.
import io
import os
import sys


def section(fn):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, "ERROR", type(e).__name__, e)
    return fn


@section
def subprocess_():
    import subprocess
    r = subprocess.run(["echo", "hello"], capture_output=True, text=True)
    print(r.returncode, repr(r.stdout), subprocess.check_output(["sh", "-c", "echo $((6*7))"]))
    p = subprocess.Popen([sys.executable, "-c", "import sys; print(sys.stdin.read().upper())"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    print(p.communicate(b"abc")[0], p.returncode)
    try:
        subprocess.run(["sh", "-c", "exit 3"], check=True)
    except subprocess.CalledProcessError as e:
        print("CalledProcessError", e.returncode, e)


@section
def signal_select_selectors():
    import select
    import selectors
    import signal
    import time
    got = []
    old = signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
    os.kill(os.getpid(), signal.SIGUSR1)
    for _ in range(100):
        if got:
            break
        time.sleep(0.01)
    print(got == [signal.SIGUSR1], signal.Signals(2).name, signal.getsignal(signal.SIGUSR1) is not old)
    signal.signal(signal.SIGUSR1, old)
    r, w = os.pipe()
    os.write(w, b"x")
    print(select.select([r], [], [], 0)[0] == [r])
    sel = selectors.DefaultSelector()
    sel.register(r, selectors.EVENT_READ, "data")
    print([(k.data, ev) for k, ev in sel.select(0)])
    sel.close()
    os.close(r)
    os.close(w)


@section
def threading_futures():
    import concurrent.futures
    import queue
    import threading
    results = []
    lock = threading.Lock()

    def work(i):
        with lock:
            results.append(i * i)

    ts = [threading.Thread(target=work, args=(i,)) for i in range(5)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sorted(results), threading.current_thread().name, threading.active_count() >= 1)
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as ex:
        print(list(ex.map(lambda x: x * 2, range(5))), ex.submit(pow, 2, 8).result())
    q = queue.Queue()
    threading.Thread(target=lambda: q.put("from thread")).start()
    print(q.get(timeout=5))
    ev = threading.Event()
    threading.Timer(0.01, ev.set).start()
    print(ev.wait(5))
    b = threading.Barrier(2)
    t = threading.Thread(target=b.wait)
    t.start()
    b.wait()
    t.join()
    print("barrier ok")


@section
def sched_time():
    import sched
    import time
    out = []
    s = sched.scheduler(time.monotonic, time.sleep)
    s.enter(0.02, 1, out.append, ("b",))
    s.enter(0.01, 1, out.append, ("a",))
    s.run()
    print(out, time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(0)), time.mktime(time.localtime(100)) == 100)
    print(time.strptime("2024-02-29", "%Y-%m-%d")[:3], time.monotonic() > 0, type(time.time_ns()))


@section
def datetime_calendar():
    import calendar
    import datetime as dt
    d = dt.datetime(2024, 2, 28, 23, 30)
    print(d + dt.timedelta(hours=1), (dt.date(2024, 3, 1) - dt.date(2023, 3, 1)).days, d.isoformat(), d.strftime("%A %j"))
    print(dt.datetime.fromisoformat("2024-01-02T03:04:05+02:00").utcoffset(), dt.timezone(dt.timedelta(hours=-5)))
    print(tuple(dt.date(2024, 1, 1).isocalendar()), dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc).timestamp())
    print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1))
    print(calendar.month(2024, 1))
    print(calendar.TextCalendar().formatyear(2024, m=4).splitlines()[:3])
    print(calendar.HTMLCalendar().formatmonth(2024, 1).splitlines()[1])


@section
def zoneinfo_():
    import datetime as dt
    import zoneinfo
    tz = zoneinfo.ZoneInfo("Europe/Paris")
    d = dt.datetime(2024, 7, 1, 12, tzinfo=tz)
    print(d.utcoffset(), d.tzname(), d.astimezone(zoneinfo.ZoneInfo("UTC")))
    print(dt.datetime(2024, 1, 1, tzinfo=tz).tzname(), "America/New_York" in zoneinfo.available_timezones())


@section
def locale_gettext():
    import gettext
    import locale
    print(locale.setlocale(locale.LC_ALL, "C"), locale.localeconv()["decimal_point"], format(1234567.891, "n"))
    print(locale.format_string("%10.2f|%d", (3.14159, 42)), locale.getlocale())
    t = gettext.NullTranslations()
    print(t.gettext("hello"), gettext.gettext("x"), gettext.ngettext("one", "many", 2), gettext.find("nope"))


@section
def logging_():
    import logging
    stream = io.StringIO()
    log = logging.getLogger("core4.test")
    h = logging.StreamHandler(stream)
    h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
    log.addHandler(h)
    log.setLevel(logging.INFO)
    log.debug("hidden")
    log.info("info %d", 1)
    log.warning("warn")
    try:
        1 / 0
    except ZeroDivisionError:
        log.exception("boom")
    lines = stream.getvalue().splitlines()
    print(lines[:3], lines[-1], logging.getLevelName(30), logging.getLogger("core4").getEffectiveLevel())
    child = logging.LoggerAdapter(log, {"x": 1})
    child.error("adapted")
    print(stream.getvalue().splitlines()[-1])


@section
def getopt_optparse_argparse():
    import argparse
    import getopt
    import optparse
    print(getopt.getopt(["-a", "-b", "val", "--long=x", "rest"], "ab:", ["long="]))
    p = optparse.OptionParser()
    p.add_option("-n", type="int", dest="n", default=1)
    opts, args = p.parse_args(["-n", "5", "file"])
    print(opts.n, args)
    ap = argparse.ArgumentParser(prog="prog", description="demo")
    ap.add_argument("pos")
    ap.add_argument("--count", type=int, default=2)
    ap.add_argument("-v", action="store_true")
    ap.add_argument("--mode", choices=["a", "b"])
    print(ap.parse_args(["x", "--count", "3", "-v"]))
    print(ap.format_usage().strip())
    err = io.StringIO()
    sys.stderr, old = err, sys.stderr
    try:
        ap.parse_args(["--mode", "c"])
    except SystemExit as e:
        print("exit", e.code)
    finally:
        sys.stderr = old
    print(err.getvalue().splitlines()[-1])
    print(ap.format_help())


@section
def getpass_errno_fcntl_resource_pwd_grp():
    import errno
    import fcntl
    import getpass
    import grp
    import pwd
    import resource
    print(errno.ENOENT, errno.errorcode[2], os.strerror(errno.EACCES))
    print(callable(getpass.getpass), pwd.getpwuid(0).pw_name, grp.getgrgid(0).gr_name)
    r, w = os.pipe()
    fl = fcntl.fcntl(r, fcntl.F_GETFL)
    print(fl & os.O_NONBLOCK == 0, resource.getrlimit(resource.RLIMIT_NOFILE)[0] > 0)
    os.close(r)
    os.close(w)

import subprocess, sys, os, signal, time, locale, gettext, multiprocessing as mp, tempfile, shutil, resource, select, errno, pty
r = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr), r.args)
try: r.check_returncode()
except subprocess.CalledProcessError as e: print(e, e.returncode, e.output)
try: subprocess.run(["sleep", "5"], timeout=0.25)
except subprocess.TimeoutExpired as e: print(type(e).__name__, e.cmd)
try: subprocess.run(["/nonexistent/cmd"])
except FileNotFoundError as e: print(e)
try: subprocess.check_output(["false"])
except subprocess.CalledProcessError as e: print(e)
print(subprocess.check_output("echo $((1+2))", shell=True), subprocess.getoutput("echo hi; exit 2"), subprocess.getstatusoutput("exit 4"))
p1 = subprocess.Popen(["printf", "b\\na\\nc\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE, text=True)
p1.stdout.close()
print(repr(p2.communicate()[0]), p2.returncode, p1.wait())
p = subprocess.Popen([sys.executable, "-c", "import sys\nfor l in sys.stdin: print(l.strip()[::-1], flush=True)"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
for w in ["abc", "hello"]:
    p.stdin.write(w + "\n"); p.stdin.flush(); print(p.stdout.readline().strip())
p.stdin.close(); print(p.wait())
p = subprocess.Popen(["sleep", "10"]); p.terminate(); print(p.wait(), p.returncode)
p = subprocess.Popen(["sleep", "10"]); p.send_signal(signal.SIGKILL); print(p.wait())
print(subprocess.run([sys.executable, "-c", "import os; os.kill(os.getpid(), 15)"]).returncode)
print(subprocess.run([sys.executable, "-c", "raise KeyboardInterrupt"], stderr=subprocess.DEVNULL).returncode)
print(subprocess.run([sys.executable, "-c", "import sys; sys.exit(300)"]).returncode)
print(subprocess.run([sys.executable, "-c", "import os; print(os.environ['FOO'], os.getcwd())"], env={"FOO": "bar"}, cwd="/", capture_output=True, text=True).stdout)
print(repr(subprocess.CompletedProcess(["a"], 0, "x")), repr(subprocess.list2cmdline(["a b", 'c"d'])))
got = []
def h(sig, frame): got.append(signal.Signals(sig).name)
signal.signal(signal.SIGUSR1, h); os.kill(os.getpid(), signal.SIGUSR1); time.sleep(0.05); print(got)
signal.signal(signal.SIGALRM, lambda s, f: (_ for _ in ()).throw(TimeoutError("alarm")))
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(1)
except TimeoutError as e: print("alarm", e)
print(signal.getsignal(signal.SIGINT), signal.Signals.SIGTERM, repr(signal.SIGINT), signal.strsignal(signal.SIGSEGV), signal.SIG_DFL)
try: signal.signal(signal.SIGKILL, h)
except OSError as e: print(e)
try: signal.signal(99, h)
except ValueError as e: print(e)
def work(x): return x * x
if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(work, range(5)), pool.apply(work, (7,)))
    q = mp.Queue(); pr = mp.Process(target=q.put, args=("from child",)); pr.start(); print(q.get(timeout=5)); pr.join(); print(pr.exitcode)
    pr = mp.Process(target=sys.exit, args=(7,)); pr.start(); pr.join(); print(pr.exitcode)
    print(locale.getlocale(), locale.setlocale(locale.LC_ALL, "C"), locale.format_string("%.2f", 1234.5, grouping=True), locale.currency if False else "", locale.getpreferredencoding(False))
    print(gettext.gettext("hello"), gettext.ngettext("file", "files", 2), gettext.NullTranslations().gettext("x"))
    t = gettext.translation("nope", fallback=True); print(type(t).__name__)
    try: gettext.translation("nope")
    except FileNotFoundError as e: print(e)
    print(resource.getrlimit(resource.RLIMIT_NOFILE)[0] > 0, errno.errorcode[2], os.strerror(13))
    pid, fd = pty.fork()
    if pid == 0:
        print("in pty"); os._exit(0)
    data = b""
    while True:
        try: chunk = os.read(fd, 100)
        except OSError: break
        if not chunk: break
        data += chunk
    print(data, os.waitpid(pid, 0)[1])

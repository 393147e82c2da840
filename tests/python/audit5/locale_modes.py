# UTF-8 Mode and the locale encoding under different locale environments:
# sys.flags.utf8_mode, locale.getpreferredencoding, open()'s default.
import subprocess, sys, os
code = ("import sys, locale, io; print(sys.flags.utf8_mode, locale.getpreferredencoding(False), "
        "locale.getencoding(), open(__import__('os').devnull).encoding, io.TextIOWrapper(io.BytesIO()).encoding, locale.setlocale(locale.LC_CTYPE))")
for env in [{"LC_ALL": "C"}, {}, {"LANG": "en_US.UTF-8"}, {"LC_ALL": "C.UTF-8"}, {"LC_ALL": "C.utf8"}, {"LC_ALL": "C.UTF-8", "PYTHONUTF8": "1"},
            {"LC_ALL": "POSIX", "PYTHONUTF8": "0"}, {"LC_CTYPE": "C.UTF-8", "LANG": "C"}]:
    for opts in [[], ["-X", "utf8=0"]]:
        e = {"PATH": os.environ["PATH"], **env}
        p = subprocess.run([sys.executable, *opts, "-c", code], capture_output=True, text=True, env=e)
        print(env, opts, p.returncode, p.stdout.strip(), p.stderr.strip()[-80:])

# A module imported by a fresh interpreter is cached in
# __pycache__/NAME.<cache_tag>.pyc; the next interpreter loads that file
# (shown by planting a cache whose code differs from the source); a changed
# source (other size or mtime) is compiled again and the cache rewritten.
import importlib.util
import marshal
import os
import subprocess
import sys
import tempfile

env = {k: v for k, v in os.environ.items() if k not in ('PYTHONDONTWRITEBYTECODE', 'PYTHONPYCACHEPREFIX')}
tag = sys.implementation.cache_tag
print(type(tag).__name__, len(importlib.util.MAGIC_NUMBER))

PROG = 'import mod_a; print("X =", mod_a.X, "| cached:", mod_a.__cached__.endswith(".pyc"), "| loader:", type(mod_a.__loader__).__name__)'


def run(d, *opts, extra_env=None):
    r = subprocess.run([sys.executable, *opts, '-c', PROG], cwd=d, env=dict(env, **(extra_env or {})),
                       capture_output=True, text=True)
    print(' ', r.returncode, r.stdout.strip(), r.stderr.strip()[-300:])


def header_ok(cached, src):
    with open(cached, 'rb') as f:
        data = f.read()
    st = os.stat(src)
    return (data[:4] == importlib.util.MAGIC_NUMBER, int.from_bytes(data[4:8], 'little'),
            int.from_bytes(data[8:12], 'little') == int(st.st_mtime) & 0xFFFFFFFF,
            int.from_bytes(data[12:16], 'little') == st.st_size)


with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'mod_a.py')
    with open(src, 'w') as f:
        f.write('X = 1\n')
    os.utime(src, (1_600_000_000, 1_600_000_000))
    cached = importlib.util.cache_from_source(src)
    print('name:', os.path.relpath(cached, d).replace(tag, 'TAG'), os.path.exists(cached))
    print('first run:')
    run(d)
    print('cache written:', os.path.exists(cached), sorted(f.replace(tag, 'TAG') for f in os.listdir(os.path.dirname(cached))))
    print('header:', header_ok(cached, src))

    # Plant a cache holding other code but the source's header: the next
    # import must use it without looking at the source.
    with open(cached, 'rb') as f:
        head = f.read()[:16]
    with open(cached, 'wb') as f:
        f.write(head + marshal.dumps(compile('X = "from the cache"\n', src, 'exec')))
    print('second run (planted cache):')
    run(d)

    # Same size, new mtime: recompiled, cache rewritten.
    with open(src, 'w') as f:
        f.write('X = 2\n')
    os.utime(src, (1_700_000_000, 1_700_000_000))
    print('after touching the source:')
    run(d)
    print('header:', header_ok(cached, src))
    run(d)

    # Same mtime, other size: recompiled too.
    with open(src, 'w') as f:
        f.write('X = 333\n')
    os.utime(src, (1_700_000_000, 1_700_000_000))
    print('after resizing the source:')
    run(d)
    print('header:', header_ok(cached, src))

    # A cache from another implementation or version (bad magic) is ignored
    # and replaced.
    with open(cached, 'r+b') as f:
        f.write(b'\x00\x00\r\n')
    print('bad magic:')
    run(d)
    print('header:', header_ok(cached, src))

    # A truncated cache body after a valid header fails the import, as in
    # CPython (marshal data too short).
    with open(cached, 'rb') as f:
        data = f.read()
    with open(cached, 'wb') as f:
        f.write(data[:20])
    print('truncated body:')
    r = subprocess.run([sys.executable, '-c', PROG], cwd=d, env=env, capture_output=True, text=True)
    print(' ', r.returncode, r.stderr.strip().splitlines()[-1])

# What controls writing the compiled-code cache: -B,
# PYTHONDONTWRITEBYTECODE, sys.dont_write_bytecode, sys.pycache_prefix
# (-X pycache_prefix=, PYTHONPYCACHEPREFIX, and -E ignoring it); and the
# hash-based .pyc files of PEP 552.
import importlib.util
import os
import py_compile
import subprocess
import sys
import tempfile

env = {k: v for k, v in os.environ.items() if k not in ('PYTHONDONTWRITEBYTECODE', 'PYTHONPYCACHEPREFIX')}
tag = sys.implementation.cache_tag


def tree(d):
    out = []
    for root, dirs, files in os.walk(d):
        dirs.sort()
        for f in sorted(files):
            p = os.path.relpath(os.path.join(root, f), d)
            out.append(p.replace(tag, 'TAG').replace(d.strip('/'), 'DIR'))
    return out


def run(d, code, *opts, **extra):
    r = subprocess.run([sys.executable, *opts, '-c', code], cwd=d, env=dict(env, **extra), capture_output=True, text=True)
    out = r.stdout.strip().replace(d, 'DIR')
    print(' ', r.returncode, out, r.stderr.strip()[-300:])


PROG = 'import sys, mod_b; print(mod_b.X, sys.dont_write_bytecode, sys.pycache_prefix, sys.flags.dont_write_bytecode)'

cases = [
    ('default', [], {}),
    ('-B', ['-B'], {}),
    ('PYTHONDONTWRITEBYTECODE=1', [], {'PYTHONDONTWRITEBYTECODE': '1'}),
    ('-E with PYTHONDONTWRITEBYTECODE=1', ['-E'], {'PYTHONDONTWRITEBYTECODE': '1'}),
    ('-X pycache_prefix', ['-X', 'pycache_prefix=PFX'], {}),
    ('PYTHONPYCACHEPREFIX', [], {'PYTHONPYCACHEPREFIX': 'PFX'}),
    ('-E with PYTHONPYCACHEPREFIX', ['-E'], {'PYTHONPYCACHEPREFIX': 'PFX'}),
]
for title, opts, extra in cases:
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, 'mod_b.py'), 'w') as f:
            f.write('X = 5\n')
        if 'PFX' in opts[-1:] or any('PFX' in o for o in opts) or 'PYTHONPYCACHEPREFIX' in extra:
            pfx = os.path.join(d, 'prefix')
            opts = [o.replace('PFX', pfx) for o in opts]
            extra = {k: v.replace('PFX', pfx) for k, v in extra.items()}
        print(title)
        run(d, PROG, *opts, **extra)
        print(' ', [p for p in tree(d) if 'mod_b' in p])

print('sys.dont_write_bytecode = True at run time')
with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'mod_b.py'), 'w') as f:
        f.write('X = 6\n')
    run(d, 'import sys; sys.dont_write_bytecode = True; import mod_b; print(mod_b.X)')
    print(' ', tree(d))
    run(d, 'import sys; sys.pycache_prefix = "elsewhere"; import mod_b; print(mod_b.X)')
    print(' ', tree(d))

print('hash-based pycs')
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'mod_b.py')
    with open(src, 'w') as f:
        f.write('X = "source 1"\n')
    for mode in ['CHECKED_HASH', 'UNCHECKED_HASH']:
        py_compile.compile(src, invalidation_mode=getattr(py_compile.PycInvalidationMode, mode), doraise=True)
        run(d, 'import mod_b; print(mod_b.X)')
        with open(src, 'w') as f:
            f.write('X = "source 2"\n')
        # checked: the source hash no longer matches, so the source is used;
        # unchecked: the cache is used whatever the source says.
        run(d, 'import mod_b; print(mod_b.X)')
        run(d, 'import mod_b; print(mod_b.X)', '--check-hash-based-pycs', 'always')
        with open(src, 'w') as f:
            f.write('X = "source 1"\n')

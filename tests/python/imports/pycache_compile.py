# py_compile, compileall and importlib.util's cache paths, with the cache
# tag of the running implementation shown as TAG.
import compileall
import importlib.util
import io
import marshal
import os
import py_compile
import sys
import tempfile
import warnings

tag = sys.implementation.cache_tag


def show(p, base):
    return os.path.relpath(p, base).replace(tag, 'TAG') if p else p


def tree(d):
    out = []
    for root, dirs, files in os.walk(d):
        dirs.sort()
        for f in sorted(files):
            out.append(os.path.relpath(os.path.join(root, f), d).replace(tag, 'TAG'))
    return out


u = importlib.util
print(u.cache_from_source('/a/b/c.py').replace(tag, 'TAG'))
print(u.cache_from_source('/a/b/c.py', optimization=1).replace(tag, 'TAG'))
print(u.cache_from_source('/a/b/c.py', optimization='').replace(tag, 'TAG'))
print(u.cache_from_source('rel/c.tar.py').replace(tag, 'TAG'))
print(u.cache_from_source('/a/.hidden').replace(tag, 'TAG'))
for bad in ['x!', '1.2']:
    try:
        u.cache_from_source('/a/b.py', optimization=bad)
    except ValueError as e:
        print('ValueError', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(u.cache_from_source('/a/b.py', True).replace(tag, 'TAG'), u.cache_from_source('/a/b.py', False).replace(tag, 'TAG'))
    print([str(x.category.__name__) for x in w])
print(u.source_from_cache('/a/b/__pycache__/c.%s.pyc' % tag))
print(u.source_from_cache('/a/b/__pycache__/c.%s.opt-2.pyc' % tag))
for bad in ['/a/b/c.%s.pyc' % tag, '/a/__pycache__/c.pyc', '/a/__pycache__/c.%s.opt-.pyc' % tag, '/a/__pycache__/c.x.y.z.pyc']:
    try:
        print(u.source_from_cache(bad))
    except ValueError as e:
        print('ValueError', str(e).replace(tag, 'TAG'))

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'm.py')
    with open(src, 'w') as f:
        f.write('def f(x):\n    return x * 2\nRESULT = f(21)\n')
    out = py_compile.compile(src, doraise=True)
    print('py_compile:', show(out, d), os.path.exists(out))
    with open(out, 'rb') as f:
        data = f.read()
    print(data[:4] == u.MAGIC_NUMBER, data[4:8])
    ns = {}
    exec(marshal.loads(data[16:]), ns)
    print('RESULT', ns['RESULT'])
    out2 = py_compile.compile(src, cfile=os.path.join(d, 'out', 'm.pyc'), doraise=True)
    print('cfile:', show(out2, d), os.path.exists(out2))
    out3 = py_compile.compile(src, optimize=2, doraise=True)
    print('optimize=2:', show(out3, d))
    h = py_compile.compile(src, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH, doraise=True)
    with open(h, 'rb') as f:
        print('checked hash flags:', f.read()[4:8])
    h = py_compile.compile(src, invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH, doraise=True)
    with open(h, 'rb') as f:
        print('unchecked hash flags:', f.read()[4:8])

    bad = os.path.join(d, 'bad.py')
    with open(bad, 'w') as f:
        f.write('def f(:\n    pass\n')
    try:
        py_compile.compile(bad, doraise=True)
    except py_compile.PyCompileError as e:
        print('PyCompileError', e.exc_type_name, repr(e.exc_value.msg), e.exc_value.lineno)
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        print('doraise=False:', py_compile.compile(bad))
        print('stderr mentions SyntaxError:', 'SyntaxError' in sys.stderr.getvalue())
    finally:
        sys.stderr = old
    os.remove(bad)

    pkg = os.path.join(d, 'pkg', 'sub')
    os.makedirs(pkg)
    for name in ['pkg/__init__.py', 'pkg/a.py', 'pkg/sub/__init__.py', 'pkg/sub/b.py', 'pkg/notpy.txt']:
        with open(os.path.join(d, name), 'w') as f:
            f.write('VALUE = %r\n' % name)
    print('compile_dir:', compileall.compile_dir(os.path.join(d, 'pkg'), quiet=1))
    print(tree(os.path.join(d, 'pkg')))
    print('compile_dir again (up to date):', compileall.compile_dir(os.path.join(d, 'pkg'), quiet=1))
    print('compile_file legacy:', compileall.compile_file(os.path.join(d, 'pkg', 'a.py'), quiet=1, legacy=True))
    print('compile_dir maxlevels=0:', compileall.compile_dir(os.path.join(d, 'pkg'), quiet=1, maxlevels=0, force=True))
    print(tree(os.path.join(d, 'pkg')))

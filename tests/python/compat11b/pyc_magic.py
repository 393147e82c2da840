# The .pyc magic number is CPython 3.11's (3495, then b'\r\n'), so that
# files py_compile writes are accepted by the pure-Python importlib of
# Lib/importlib (test_importlib's Source_* tests), and source hashes
# keyed on the magic number agree between the two.
import importlib.util
import os
import py_compile
import sys
import tempfile
from test.support import import_helper

magic = importlib.util.MAGIC_NUMBER
print(int.from_bytes(magic[:2], 'little'), magic.endswith(b'\r\n'), len(magic))

src_ext = import_helper.import_fresh_module(
    'importlib._bootstrap_external', fresh=('importlib',),
    blocked=('_frozen_importlib', '_frozen_importlib_external'))
print('source importlib agrees:', src_ext.MAGIC_NUMBER == magic)

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'mod_a.py')
    with open(path, 'w') as f:
        f.write('VALUE = 41 + 1\n')
    legacy = os.path.join(d, 'mod_a.pyc')
    py_compile.compile(path, cfile=legacy, doraise=True)
    with open(legacy, 'rb') as f:
        print('header magic ok:', f.read(4) == magic)
    loader = src_ext.SourcelessFileLoader('mod_a', legacy)
    code = loader.get_code('mod_a')
    ns = {}
    exec(code, ns)
    print('sourceless load by source importlib:', ns['VALUE'])

    # A checked hash-based pyc written through the frozen importlib
    # validates under the source one (same source_hash key).
    py_compile.compile(path, doraise=True,
                       invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
    cached = importlib.util.cache_from_source(path)
    with open(cached, 'rb') as f:
        data = f.read()
    print('flags:', int.from_bytes(data[4:8], 'little'))
    print('hash matches:', data[8:16] == src_ext._imp.source_hash(src_ext._RAW_MAGIC_NUMBER, b'VALUE = 41 + 1\n'))

    # Truncated to the header only: loading raises EOFError as in CPython.
    with open(legacy, 'wb') as f:
        f.write(data[:16])
    try:
        src_ext.SourcelessFileLoader('mod_a', legacy).get_code('mod_a')
    except EOFError as e:
        print('EOFError', type(e).__name__)

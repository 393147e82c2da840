# _json's types (Scanner, Encoder) exist once the module is imported, as in
# CPython. Checked in a fresh -I -S interpreter, where nothing imported
# json yet.
import subprocess
import sys

CHILD = r'''
import sys
OWN = ('Scanner', 'Encoder')

def own():
    return sorted(t.__module__ + '.' + t.__qualname__ for t in object.__subclasses__() if t.__qualname__ in OWN)

print('_json' in sys.modules, own())
import _json
print(own(), _json.make_scanner.__name__, _json.make_encoder.__name__)
import json
print(json.dumps({'a': [1, 2.5, None, True, 'x\u00e9']}, sort_keys=True), json.dumps([1], indent=1))
print(json.loads('{"b": [1, 2.5, null, false, "y"]}'))
try:
    json.loads('[1,')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
print(json.scanner.make_scanner is _json.make_scanner, json.encoder.c_make_encoder is _json.make_encoder)
'''

r = subprocess.run([sys.executable, '-I', '-S', '-c', CHILD], capture_output=True, text=True)
print(r.stdout, end='')
print(r.stderr, end='')
print('exit', r.returncode)

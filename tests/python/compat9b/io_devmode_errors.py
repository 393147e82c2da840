# In dev mode (-X dev) TextIOWrapper checks its errors handler at once
# (LookupError for an unknown name); outside it the name is only looked
# up when the codec needs it. The built-in handlers work in both.
import subprocess
import sys

prog = '''
import io, sys
for errors in ('Boom', 'strict', 'surrogateescape', 'backslashreplace'):
    try:
        t = io.TextIOWrapper(io.BytesIO(b'abc'), encoding='utf-8', errors=errors)
        print(errors, 'ok', t.read())
    except LookupError as e:
        print(errors, 'LookupError', e)
print(sys.flags.dev_mode)
'''
for opts in (['-X', 'dev'], []):
    r = subprocess.run([sys.executable, *opts, '-c', prog], capture_output=True, text=True)
    print(opts, r.returncode, r.stdout.split('\n'), r.stderr)

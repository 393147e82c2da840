# Audit events of compile/exec/eval ("compile" with the source as bytes,
# "exec" with the code), sys.settrace/setprofile, hooks running untraced
# unless __cantrace__ is true, and sys.excepthook for an uncaught error.
import ast
import subprocess
import sys

log = []


class Hook:
    def __call__(self, event, args):
        if event in ('compile', 'exec', 'sys.settrace', 'sys.setprofile'):
            log.append((event, args[0] if event == 'compile' else type(args[0]).__name__ if args else None,
                        args[1] if event == 'compile' else None))


hook = Hook()
sys.addaudithook(hook)
compile('x = 1', 'f.py', 'exec')
compile(b'x = 2', 'g.py', 'eval' if False else 'exec')
code = compile(ast.parse('x = 3'), 'h.py', 'exec')
exec('y = 4')
exec(code)
eval(' 5', {})
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg)
traced = []


def trace(frame, event, arg):
    if frame.f_code is Hook.__call__.__code__:
        traced.append(event)


sys.settrace(trace)
eval('6')
hook.__cantrace__ = True
eval('7')
hook.__cantrace__ = 0
eval('8')
sys.settrace(None)
sys.setprofile(None)
print('traced', traced)
for entry in log:
    print(entry[0], type(entry[1]).__name__ if isinstance(entry[1], ast.AST) else entry[1], entry[2])

prog = '''
import sys
def excepthook(t, v, tb):
    print('excepthook', t.__name__, v)
def hook(event, args):
    if event == 'sys.excepthook':
        print(event, args[0] is excepthook, args[1].__name__, repr(args[2]), type(args[3]).__name__)
        if str(args[2]) == 'quiet':
            raise RuntimeError('veto')
sys.addaudithook(hook)
sys.excepthook = excepthook
raise ValueError(sys.argv[1])
'''
for arg in ('loud', 'quiet'):
    r = subprocess.run([sys.executable, '-c', prog, arg], capture_output=True, text=True)
    print(r.returncode, r.stdout.strip().splitlines(), r.stderr.strip().splitlines()[-1:])

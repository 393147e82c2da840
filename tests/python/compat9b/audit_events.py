# Audit events of open() and FileIO ("open" with the raw mode and flags),
# marshal (dumps, loads, load), gc.get_objects/get_referrers/get_referents
# and sys._getframe; a hook raising on "open" stops the open.
import gc
import io
import marshal
import os
import sys
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.bin')
seen = []
block = [False]


def hook(event, args):
    if event in ('open', 'marshal.dumps', 'marshal.loads', 'marshal.load') or event.startswith('gc.'):
        seen.append((event, args))
        if block[0] and event == 'open':
            raise RuntimeError('blocked')
    elif event == 'sys._getframe':
        seen.append((event, args[0].f_code.co_name))


sys.addaudithook(hook)
o = ('a', 1, 2.5)
data = marshal.dumps(o)
with open(p, 'wb') as f:
    marshal.dump(o, f, 2)
with open(p, 'rb') as f:
    print(marshal.load(f) == o, marshal.loads(data) == o)
with io.FileIO(p, 'r+') as f:
    pass
with open(p, 'a', encoding='utf-8') as f:
    pass
gc.get_objects()
gc.get_objects(generation=2)
x = object()
gc.get_referrers(x)
gc.get_referents([x], 1)


def frame_user():
    return sys._getframe().f_code.co_name


print(frame_user())
block[0] = True
for args in ((p, 'r'), (p, 'wb'), (p, 'x')):
    try:
        open(*args)
    except RuntimeError as e:
        print('RuntimeError', e)
block[0] = False
for event, args in seen:
    if event == 'open':
        print(event, args[0] == p, args[1:])
    elif event.startswith('gc.'):
        print(event, len(args), type(args[0]).__name__)
    else:
        print(event, args if isinstance(args, str) else [type(a).__name__ for a in args])
os.remove(p)
os.rmdir(d)

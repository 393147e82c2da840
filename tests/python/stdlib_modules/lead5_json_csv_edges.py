import json, csv, io, sys, re
a = [object()] * 10
def crasher(obj):
    del a[-1]
print(json.dumps(a, default=crasher))
b = [1, object(), 3]
def grow(obj):
    b.append(4)
    return "x"
print(json.dumps(b, default=grow), len(b))
for s in [b"xxx", "xxx"]:
    for scan in [json.decoder.scanstring, json.decoder.py_scanstring]:
        try:
            scan(s, sys.maxsize + 1)
        except (OverflowError, TypeError) as e:
            print(scan.__name__, type(e).__name__)
try:
    re.compile("a").match(b"a", 2**70)
except (OverflowError, TypeError) as e:
    print(type(e).__name__)
class BadWriter:
    @property
    def write(self):
        raise OSError("no write")
class NoWrite:
    write = 3
for w in [BadWriter(), NoWrite(), object()]:
    try:
        csv.writer(w)
    except Exception as e:
        print(type(e).__name__, e)

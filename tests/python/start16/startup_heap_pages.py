# Start-up heap pages (internal/hugeheap): with KRAIT_HUGEHEAP=1 the
# start-up heap may be faulted in 2 MB pages until the first collection.
# Programs must see the same results with it on and off (CPython ignores
# the variable): imports, a heap that grows past several of Go's 4 MB steps,
# a collection (which ends the advice), a forked child writing to pages
# it shares with its parent.
import os
import subprocess
import sys

CHILD = r'''
import json, re, collections, typing, gc, os, sys
data = [{"k": i, "s": str(i) * (i % 7), "t": (i, -i)} for i in range(60000)]
text = json.dumps(data[:2000])
print(len(data), len(text), sum(d["k"] for d in data))
pat = re.compile(r"(\d+)(?=,)")
print(len(pat.findall(text)), collections.Counter(len(d["s"]) for d in data).most_common(3))
T = typing.TypeVar("T")
class Box(typing.Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
print(Box[int](3).v, typing.get_type_hints(Box.__init__))
gc.collect()
more = [bytearray(1000) for _ in range(8000)]
print(len(more), sum(len(b) for b in more))
del data
gc.collect()
sys.stdout.flush()
if hasattr(os, "fork"):
    pid = os.fork()
    if pid == 0:
        more[0][0] = 7
        more.append(bytearray(100))
        print("child", more[0][0], len(more))
        sys.stdout.flush()
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    print("parent", more[0][0], len(more), os.waitstatus_to_exitcode(status))
'''


def run(extra):
    env = dict(os.environ)
    env.update(extra)
    r = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr


on = run({"KRAIT_HUGEHEAP": "1"})
off = run({"KRAIT_HUGEHEAP": "0"})
print(on[0], on[2] == "")
print(on[1], end="")
print("same with and without:", on == off)

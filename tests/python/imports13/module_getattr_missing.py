# Asking a module for a name it lacks: getattr with a default and hasattr
# answer without an error, a module __getattr__ still runs (and its
# AttributeError means "missing"), other errors from it propagate, and
# plain attribute access keeps CPython's messages, including the
# circular-import wordings read from __spec__. A __spec__ whose
# _initializing is a property still has it read.
import os
import sys
import tempfile
import types

m = types.ModuleType("plain")
m.x = 1
print(hasattr(m, "x"), hasattr(m, "y"), getattr(m, "y", "dflt"), getattr(m, "x", "dflt"))
try:
    m.y
except AttributeError as e:
    print("AttributeError", e, e.name, e.obj is m)

calls = []


def modgetattr(name):
    calls.append(name)
    if name == "boom":
        raise KeyError(name)
    if name.startswith("dyn_"):
        return name.upper()
    raise AttributeError(f"no {name} here")


m.__getattr__ = modgetattr
print(hasattr(m, "dyn_a"), getattr(m, "dyn_b", None), hasattr(m, "z"), getattr(m, "z", 0), calls)
try:
    hasattr(m, "boom")
except KeyError as e:
    print("KeyError", e)
try:
    m.z
except AttributeError as e:
    print("AttributeError", e)


class Spec:
    reads = 0

    @property
    def _initializing(self):
        Spec.reads += 1
        return True


s = types.ModuleType("spec_prop")
s.__spec__ = Spec()
print(hasattr(s, "nope"), Spec.reads > 0)
try:
    s.nope
except AttributeError as e:
    print("AttributeError", e)


class Sub(types.ModuleType):
    pass


sub = Sub("sub")
print(hasattr(sub, "q"), getattr(sub, "q", "none"), hasattr(sub, "__name__"))

nameless = types.ModuleType("gone")
del nameless.__name__
print(hasattr(nameless, "q"))
try:
    nameless.q
except AttributeError as e:
    print("AttributeError", e)

d = tempfile.mkdtemp()
with open(os.path.join(d, "circ_a.py"), "w") as f:
    f.write("import circ_b\nVALUE = 1\n")
with open(os.path.join(d, "circ_b.py"), "w") as f:
    f.write(
        "import circ_a\n"
        "print('hasattr during import', hasattr(circ_a, 'VALUE'), getattr(circ_a, 'VALUE', 'later'))\n"
        "try:\n    circ_a.VALUE\nexcept AttributeError as e:\n    print('AttributeError', e)\n"
        "try:\n    from circ_a import VALUE\nexcept ImportError as e:\n    print('ImportError', str(e).split(' (/')[0])\n"
    )
sys.path.insert(0, d)
import circ_a

print(circ_a.VALUE, hasattr(circ_a, "circ_b"), hasattr(circ_a, "missing"))
import json

print(hasattr(json, "decoder"), hasattr(json, "nonexistent"), getattr(os, "no_such_thing", "x"))

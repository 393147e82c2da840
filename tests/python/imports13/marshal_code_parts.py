# Code objects read back from marshal data and from a .pyc keep their
# constants, names and short strs intact and separate, however many code
# objects one load holds (their small parts are handed out from shared
# chunks): hundreds of functions, functions with many constants and names,
# short, one-character, empty and long strs, nested tuples. One-character
# and empty str constants are the shared objects, as in CPython.
import gc
import importlib
import marshal
import os
import sys
import tempfile

lines = []
for i in range(300):
    lines.append(f"def f{i}(a, b={i}):")
    lines.append(f"    x{i} = 'msg {i}' + a")
    lines.append(f"    return (x{i}, b, 'k{i % 7}', {i}.5, ('t{i}', None, True), a.upper(), b.real, '!', '-')")
many = ", ".join(f"'c{j}'" for j in range(150))
lines.append(f"def big(): return ({many}, {', '.join(str(j * 1000003) for j in range(80))})")
lines.append("def names(o): return " + " + ".join(f"o.attr{j}" for j in range(90)))
lines.append("ONE = 'a'\nBANG = '!'\nEMPTY = ''\nLONG = '" + "z" * 400 + "'\nMID = '" + "y" * 200 + "'")
lines.append("def inner():\n    def g(q='w'):\n        return q * 2, 'x', ''\n    return g")
src = "\n".join(lines) + "\n"

code = compile(src, "parts.py", "exec")
back = marshal.loads(marshal.dumps(code))
print(back == code, back.co_consts == code.co_consts, back.co_names == code.co_names)


def run(co):
    ns = {}
    exec(co, ns)
    out = [ns[f"f{i}"]("s") for i in (0, 1, 63, 64, 65, 127, 128, 255, 299)]
    out.append(ns["big"]()[::37])
    out.append(len(ns["big"]()))
    out.append(ns["inner"]()())
    out.append((ns["ONE"], ns["EMPTY"], len(ns["LONG"]), len(ns["MID"])))
    return out, ns


a, ns1 = run(code)
b, ns2 = run(back)
print(a == b)
print(a[0], a[-1])
empty = str()
print(ns2["ONE"] is chr(97), ns2["BANG"] is chr(33), ns2["f3"]("")[-1] is chr(45), ns2["EMPTY"] is empty, ns2["inner"]()()[2] is empty)
fcodes = [ns2[f"f{i}"].__code__ for i in range(300)]
print(len({id(c.co_consts) for c in fcodes}), fcodes[5].co_consts, fcodes[5].co_varnames, fcodes[5].co_names)
print(ns2["names"].__code__.co_names[:3], len(ns2["names"].__code__.co_names))


class O:
    def __getattr__(self, n):
        return n[4:]


print(ns2["names"](O())[:20])

d = tempfile.mkdtemp()
with open(os.path.join(d, "parts_mod.py"), "w") as f:
    f.write(src)
sys.path.insert(0, d)
sys.dont_write_bytecode = False
import parts_mod

first = parts_mod.f200("q")
del sys.modules["parts_mod"]
importlib.invalidate_caches()
import parts_mod as again

print(first == again.f200("q"), again.__cached__ is not None and os.path.exists(again.__cached__))
keep = again.f150
del sys.modules["parts_mod"], again, parts_mod, ns1, ns2, back
gc.collect()
print(keep("z"), keep.__code__.co_consts)

# Instructions whose operands do not fit one word (EXT prefixes): registers
# past 255, names past 255, constants past 65535, long jumps; run plain,
# with a failing guard (deoptimization) and under sys.settrace.
import sys

def make_wide_locals(n):
    lines = ["def wide(x):"]
    for i in range(n):
        lines.append(f"    v{i} = x + {i}")
    lines.append("    total = 0")
    for i in range(0, n, 7):
        lines.append(f"    total += v{i} * 2 - v{n - 1 - i}")
    lines.append(f"    if v{n - 1} > v0:")
    lines.append(f"        total += 1")
    lines.append(f"    s = [v{n - 3}, v{n - 2}, v{n - 1}]")
    lines.append(f"    a, b, c = s")
    lines.append(f"    try:")
    lines.append(f"        v{n - 5} = v{n - 4} // (x - x)")
    lines.append(f"    except ZeroDivisionError as e:")
    lines.append(f"        total += len(str(e))")
    lines.append(f"    return total, a, b, c, v{n - 5}")
    ns = {}
    exec("\n".join(lines), ns)
    return ns["wide"]

wide = make_wide_locals(400)
print(wide(3))
print(wide(10))
try:
    wide("s")
except TypeError as e:
    print("TypeError", e)

# Attribute names past 255 (LOAD_ATTR/STORE_ATTR with a wide name index).
class Obj:
    pass

def make_wide_names(n):
    lines = ["def names(o):"]
    for i in range(n):
        lines.append(f"    o.a{i} = {i}")
    lines.append("    t = 0")
    for i in range(0, n, 5):
        lines.append(f"    t += o.a{i}")
    lines.append(f"    return t, o.a{n - 1}, getattr(o, 'a{n // 2}')")
    ns = {}
    exec("\n".join(lines), ns)
    return ns["names"]

names = make_wide_names(300)
for _ in range(3):  # specialized after a few runs
    print(names(Obj()))

class Other:
    __slots__ = tuple(f"a{i}" for i in range(300))

print(names(Other()))  # guards fail: deoptimize and run generic
try:
    names(42)
except AttributeError as e:
    print("AttributeError", e)

# Constants past 65535 at module level of exec'd code.
src = "vals = [" + ", ".join(f"{i}.5" for i in range(70000)) + "]\nlast = 69999.5\nfirst = 0.5\n"
ns = {}
exec(src, ns)
print(len(ns["vals"]), ns["vals"][-1], ns["last"], ns["first"], sum(ns["vals"][::7000]))

# Under a trace function.
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name == "wide":
        events.append(event)
    return tracer

sys.settrace(tracer)
r = wide(5)
sys.settrace(None)
print(r, len(events), events[:3], events[-2:], events.count("line"))

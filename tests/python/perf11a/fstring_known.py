# f-string fields of exact ints, floats and strs with a spec go straight to
# their layout code; subclasses, bools, empty specs, nested specs and every
# error must behave as format() does.


class I(int):
    def __format__(self, spec):
        return "I:" + spec


class F(float):
    pass


class S(str):
    def __format__(self, spec):
        return "S:" + spec


vals = [0, -5, 2**62, 2**64, 3.5, -0.0, float("nan"), "txt", "", "é", True, I(3), F(2.5),
        S("s"), None, [1]]
specs = [">6", "<6", "^7", "x", "08.3f", ",", "s", "d", ".1%", "+", "=9", "*>5", "_b", "c", "e"]
for v in vals:
    row = []
    for spec in specs:
        try:
            row.append(f"{v:{spec}}")
        except (ValueError, TypeError, OverflowError) as e:
            row.append(f"{type(e).__name__}:{e}")
    print(repr(v), row)
x = 42
print(f"{x:}|{x!s:>5}|{x!r:<5}|{'é'!a:>8}|{3.0:}|{'a':}|")
w, p = 10, 3
print(f"{3.14159:{w}.{p}f}|{'ab':{'>'}{w}}|{255:{'#'}{'x'}}")
for bad in ["{x:z}", "{x:,_}", "{x:.5d}"]:
    try:
        print(eval("f'" + bad + "'"))
    except ValueError as e:
        print("ValueError", e)
try:
    f"{'s':=5}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{1.5:d}"
except ValueError as e:
    print("ValueError", e)

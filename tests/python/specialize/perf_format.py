# format(), f-strings and str.format on exact int/float/str take a direct
# path; subclasses, bools and bad specs must keep CPython's behaviour.
class MyInt(int):
    def __format__(self, spec):
        return "MyInt<" + spec + ">"

class MyFloat(float):
    pass

class MyStr(str):
    def __str__(self):
        return "custom-str"

for v in [5, -12345678901234567890123, 3.25, float("nan"), float("-inf"), "abc", True, MyInt(3), MyFloat(2.5), MyStr("xy")]:
    print(repr(v), f"{v}", f"{v!s}", f"{v!r:>30}", "{}".format(v), format(v))
for v, spec in [(5, "08b"), (255, "#x"), (1234567, ","), (3.14159, ".2f"), (1e20, "g"), (0.5, "%"), ("hi", "^10"), (True, "d"), (MyInt(9), "x")]:
    print(v, spec, format(v, spec), f"{v:{spec}}", ("{:" + spec + "}").format(v))
for v, spec in [(5, "s"), (2.5, "d"), ("x", "d"), (5, ".2s"), ("x", "=5"), (1.5, "c")]:
    try:
        print(format(v, spec))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    format(5, 3)
except TypeError as e:
    print("TypeError", e)

class Bad:
    def __format__(self, spec):
        return 42
try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError", e)

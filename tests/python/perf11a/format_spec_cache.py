# Parsed format specs are cached: the same spec text must still give each
# type its own defaults (str left-aligns, numbers right-align), errors must
# be raised every time, and fills (ASCII or not) must pad correctly.


class Spec(str):
    pass


specs = [">8", "<12", "^9", "*^11", "08", "08b", "#x", ",", "_", "10.3f", "e", "+.3g", "%",
         "", "5", "z.1f", "=+7", "é>6", "€^7", "0=10", "x", "s", "d", ".2", "<", "_x", "#o"]
values = [0, 7, -42, 2**40, -2**70, 3.14159, -0.0, float("inf"), "abc", "é日", True, 2.5e10]
for rnd in range(2):  # the second round reads the cache
    for spec in specs:
        row = []
        for v in values:
            try:
                row.append(format(v, spec))
            except (ValueError, TypeError) as e:
                row.append(type(e).__name__ + ":" + str(e))
        print(repr(spec), row)

# The same text met as a subclass, as a built string and interleaved types.
for spec in [Spec(">8"), "".join([">", "8"]), "{}{}".format("<", 12)]:
    print(repr(format(5, spec)), repr(format("ab", spec)), repr(format(1.5, spec)))
for i in range(3):
    print(f"{i:>8}|{'s':>8}|{i/3:>8}|{i:<8}|{'s':<8}|{i:^8}|{'s':^8}|")
w = 10
for fill in "*", "é", "日", "\U0001f600":
    print(f"{'ab':{fill}^{w}}", f"{42:{fill}>{w}}", f"{-4.5:{fill}<{w}}", f"{7:{fill}={w}}")
try:
    format("x", "=5")
except ValueError as e:
    print(e)
for _ in range(2):
    try:
        format(3, "s")
    except ValueError as e:
        print(e)
    try:
        format(3, ",_")
    except ValueError as e:
        print(e)
print(format("x" * 3, "-^30"), len(format("é", "é^31")))
long_spec = "0" * 5 + ">" + "3" * 2
print(format(1, "x>40"), format(1, "0>" + "3" * 2))

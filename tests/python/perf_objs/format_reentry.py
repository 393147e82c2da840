# str % and f-strings whose conversions run Python code that formats again,
# single and tuple operands, mappings, and errors mid-format.
class Nested:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return "N(%s|%d|%s)" % (self.n, self.n, "x" if self.n == 0 else Nested(self.n - 1))

    def __format__(self, spec):
        return f"<{self.n:{spec or 'd'}}:{format(self.n * 1.5, '.1f')}:{str(self)}>"


print("%s" % Nested(2))
print("%s and %r" % (Nested(1), "q"))
print(f"{Nested(2)} {Nested(1):>4} {3:05d} {2.5:.3f} {'s':^5}")
print("%d" % 42, "%5.1f" % 2.25, "%-4s|" % "ab", "%x" % 255, "%c" % 65)
print("%(a)s-%(b)d" % {"a": Nested(0), "b": 7})
for fmt, arg in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", 1)]:
    try:
        print(fmt % arg)
    except Exception as e:
        print(type(e).__name__, e)


class Bad:
    def __str__(self):
        raise KeyError("boom")

    def __format__(self, spec):
        return "%s" % self


for f in (lambda: "%s %d" % (Bad(), 1), lambda: f"{Bad()}", lambda: "%d %s" % (1, Bad())):
    try:
        print(f())
    except KeyError as e:
        print("KeyError", e)
print("%s" % (Nested(0),), "%s" % [1, 2], "%s" % ((1, 2),))
print(f"{1}{2.0}{'3'}{None}{[4]}{Nested(0)!s}{'r'!r}{'é'!a}")
print(format(12, "x"), format(1.25, "e"), format("ab", ">4"), format(Nested(1), ""))

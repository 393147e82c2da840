# str.format fields of int, float and str written into the output: every
# spec kind, empty specs, nested specs, conversions, subclasses and other
# types (their own __format__), lone fields, and error messages.

class S(str):
    def __format__(self, spec):
        return "S[" + spec + "]"


class I(int):
    pass


class F(float):
    def __str__(self):
        return "F!"


values = [0, 5, -42, 2**40, 2**70, -2**70, 1.5, -0.0, 1e300, float("inf"), float("nan"),
          "", "abc", "héllo", "日本", True, I(7), F(2.5), S("s"), None, 3j, [1, 2]]
specs = ["", ">8", "<6", "^7", "*^9", "é>5", "d", "x", "#X", "08b", ",", "_", "+", " ",
         ".2f", "10.3e", "g", "%", ".1%", "s", ".2", "5.1", "c", "n", "=+8", "z.1f", "#o"]
for v in values:
    row = []
    for spec in specs:
        fmt = "[{0:" + spec + "}|{0!r:>4}]"
        try:
            r = fmt.format(v)
            row.append(r)
        except (ValueError, TypeError, OverflowError) as e:
            row.append(type(e).__name__ + ": " + str(e))
    print(repr(v)[:20], row)

for w in (0, 3, 12):
    print("<{0:{1}}|{2:>{1}.{3}f}|{name:^{1}}>".format("ab", w, 3.14159, w % 4, name="nm"))
print("{} {} {}".format(1, 2.5, "x"), "{0}{0}{1}".format("a", 7), "{:}".format(3))
print("{x[0]}-{y.real:.1f}-{x[1]:>3}".format(x=[1, 2], y=2.5))
s = "solo"
print("{}".format(s) is s, "{:4}".format(s) is s, "{:>6}".format(s), "{!s}".format(s) is s)
print(len("{:é^9}".format("ab")), "{:é^9}".format("ab").isascii(), "{:^9}".format("ab").isascii())
for fmt, args in [("{:d}", (1.5,)), ("{:f}", ("x",)), ("{:s}", (1,)), ("{:=5}", ("x",)),
                  ("{:,x}", (5,)), ("{:.2d}", (5,)), ("{:c}", (-1,)), ("{:c}", (2**70,)),
                  ("{:+s}", ("x",)), ("{:#s}", ("x",)), ("{:,_}", (1,)), ("{:zd}", (1,)),
                  ("{:\u0661\u0662}", (7,)), ("{:\u0663.\u0661f}", (2.25,))]:
    try:
        print(fmt, repr(fmt.format(*args)))
    except (ValueError, TypeError, OverflowError) as e:
        print(fmt, type(e).__name__, e)

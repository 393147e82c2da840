# A class that defines only the reflected dunder (__radd__): x + x of two
# instances has no forward method to call (the fast path must not assume
# one), the reflected form works, in-place forms and other operators.
class R:
    def __radd__(self, o):
        return ("radd", type(o).__name__)

    def __rsub__(self, o):
        return NotImplemented

    def __mul__(self, o):
        return "mul"


class S(R):
    def __radd__(self, o):
        return ("S.radd", type(o).__name__)


for f in (lambda: R() + R(), lambda: 1 + R(), lambda: 1.5 + R(), lambda: R() + 1,
          lambda: R() - R(), lambda: 2 - R(), lambda: R() * R(), lambda: R() * 2,
          lambda: R() + S(), lambda: S() + R(), lambda: S() + S()):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
x = R()
try:
    x += R()
except TypeError as e:
    print("TypeError", e)
y = 5
y += R()
print(y)

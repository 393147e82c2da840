# Defaults computed by expressions, together with keyword-only defaults and
# annotations: each part of MAKE_FUNCTION's operand block must be where the
# instruction expects it.
import sys

MSG = "msg"


def f(a, b=MSG, *, c, d=sys.maxsize > 0):
    return a, b, c, d


def g(a=len("abc"), b=[1, 2][0], *, k=MSG.upper(), **kw) -> str:
    return a, b, k, kw


def h(x: int = 1 + len(MSG), *args: str, y: float = 2.5):
    return x, args, y


print(f(1, c=2), f.__defaults__, f.__kwdefaults__)
print(g(), g.__defaults__, g.__kwdefaults__, g.__annotations__)
print(h(), h.__defaults__, h.__kwdefaults__, h.__annotations__)
lam = lambda p=MSG * 2, *, q=MSG: (p, q)
print(lam(), lam.__defaults__, lam.__kwdefaults__)


class C:
    def m(self, v=MSG, *, w=[MSG]):
        return v, w


print(C().m(), C.m.__kwdefaults__)

# sys.setprofile / sys.settrace release the function they replace inside
# the call; if its __del__ installs another function of the same kind,
# that install raises RuntimeError (reported as unraisable) and the new
# function stays.
import sys


def foo(*args):
    pass


def bar(*args):
    pass


def hook(u):
    print("unraisable:", type(u.exc_value).__name__, u.exc_value)
    print("object:", u.object.__qualname__)


sys.unraisablehook = hook


class A:
    def __call__(self, *args):
        pass

    def __del__(self):
        sys.setprofile(bar)


sys.setprofile(A())
sys.setprofile(foo)
print(sys.getprofile() is foo)
sys.setprofile(None)


class B:
    def __call__(self, *args):
        return self

    def __del__(self):
        sys.settrace(bar)


sys.settrace(B())
sys.settrace(foo)
print(sys.gettrace() is foo)
sys.settrace(None)


# A __del__ may install the other kind of hook.
class C:
    def __call__(self, *args):
        pass

    def __del__(self):
        sys.settrace(bar)
        print("trace set in __del__:", sys.gettrace() is bar)
        sys.settrace(None)


sys.setprofile(C())
sys.setprofile(None)
print(sys.getprofile())

# A replaced function still referenced elsewhere is not finalized.
held = A()
sys.setprofile(held)
sys.setprofile(foo)
print(sys.getprofile() is foo)
sys.setprofile(None)
print("done")

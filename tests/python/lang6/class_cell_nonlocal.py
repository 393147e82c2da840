# A class body that declares __class__ nonlocal writes the enclosing
# function's variable; its methods still see the class's own cell.
def outer():
    __class__ = 1

    class X:
        nonlocal __class__
        __class__ = 42

        def f(self):
            return __class__

        def g(self):
            return super().__repr__

    print(__class__, X().f() is X, X().g() is not None)
    print('__classcell__' in X.__dict__, X.f.__code__.co_freevars)
    return X


X = outer()


class Y:
    def f(self):
        return __class__

    class Z:
        def f(self):
            return __class__


print(Y().f() is Y, Y.Z().f() is Y.Z)


def t():
    class X:
        def f(self):
            return __class__
    return X, __class__ if False else None


print(t()[0]().f().__name__)

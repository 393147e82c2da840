def f():
    "function doc"
def g():
    ...
class C:
    """class doc
    second line"""
    pass
print(f.__doc__, g(), C.__doc__)
def h():
    x = 1
    "not a docstring"
print(h.__doc__)

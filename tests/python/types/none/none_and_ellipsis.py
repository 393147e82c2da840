print(None, repr(None), str(None), bool(None), type(None).__name__, None is None, None == None, None != 0, hash(None) == hash(None))
try:
    None + 1
except TypeError as e:
    print(e)
try:
    n = None
    n()
except TypeError as e:
    print(e)
try:
    None.x = 1
except AttributeError as e:
    print(e)
try:
    type(None)(1)
except TypeError as e:
    print(e)
print(..., Ellipsis, type(...).__name__, ... is Ellipsis, bool(...), repr(NotImplemented), type(NotImplemented).__name__)
print(sorted([None] * 3 if False else []), [None] * 2, {None: None}, (None,))

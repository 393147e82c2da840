print(type(1), type('a'), type(type), type(None), type(...), type(NotImplemented), type(print), type(lambda: 0))
print(type(super), repr(super), type(type(1)) is type)
print(type.__name__, type.__qualname__, int.__qualname__, type(int.__dict__).__name__)

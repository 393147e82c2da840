print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), isinstance(1, (str, (int,))))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, int)), issubclass(type, object))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), isinstance(None, type(None)))
print(isinstance(1, int | str), issubclass(bool, int | None), isinstance(None, int | None))
try:
    isinstance(1, [int])
except TypeError as e:
    print(e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(e)

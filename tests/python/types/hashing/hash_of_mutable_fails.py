for v in [[], {}, set(), bytearray(), [1, [2]]]:
    try:
        print(hash(v))
    except TypeError as e:
        print(e)
import types
print(hash(types.SimpleNamespace) == hash(types.SimpleNamespace))
try:
    hash(types.SimpleNamespace())
except TypeError as e:
    print(e)
print(hash(None) == hash(None), hash(...) == hash(...), hash(int) == hash(int), hash(len) == hash(len))

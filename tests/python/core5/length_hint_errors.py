# list(), list.extend and bytearray.extend ask the length hint first and
# propagate its errors.
class BadLen:
    def __iter__(self):
        return iter(range(10))

    def __len__(self):
        raise RuntimeError('hello')


class BadLengthHint:
    def __iter__(self):
        return iter(range(10))

    def __length_hint__(self):
        raise RuntimeError('hello')


class NoneHint:
    def __iter__(self):
        return iter(range(3))

    def __length_hint__(self):
        return NotImplemented


for make in [list, lambda x: [].extend(x), lambda x: bytearray(range(3)).extend(x)]:
    for obj in [BadLen(), BadLengthHint(), NoneHint()]:
        try:
            print(make(obj))
        except RuntimeError as e:
            print("RuntimeError", e)
b = bytearray()
for x in [5, [1, 2], iter([3]), 'ab', b'xy', NoneHint()]:
    try:
        b.extend(x)
        print(b)
    except TypeError as e:
        print("TypeError", e)

print(repr([1, [2, [3, [4, []]]]]), repr({'a': {'b': {'c': {}}}}), repr((((),),)), repr([{}, set(), frozenset(), (), '', b'']))
print(repr([None, True, 1, 1.0, 'str', b'bytes', bytearray(b'ba'), range(3), slice(1), ..., NotImplemented]))
print(repr({1: [2, (3, {4})]}), repr([1, 2] * 3), repr(['\n', '\t', "'", '"']))

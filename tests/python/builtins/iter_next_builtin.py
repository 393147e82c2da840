it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, 'd'))
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(type(iter('ab')).__name__, type(iter(b'')).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(set())).__name__, type(iter(range(1))).__name__)
it = iter([1])
print(iter(it) is it)

t = str.maketrans('abc', 'xyz')
print(t, 'aabbcc'.translate(t))
t2 = str.maketrans({'a': '1', 'b': None, 'c': 'CC'})
print(t2, 'abcabc'.translate(t2))
t3 = str.maketrans('ab', 'AB', 'xyz')
print('abxyzab'.translate(t3))
print('hello'.translate({ord('l'): 'L'}), 'hello'.translate({104: 72}))
try:
    str.maketrans('ab', 'a')
except ValueError as e:
    print(e)
class Table:
    def __getitem__(self, k):
        if k == ord('e'):
            raise LookupError
        return k + 1
print('hello'.translate(Table()))

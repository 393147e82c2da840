print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', 'B' < 'a', 'é' > 'z', '' < 'a', 'a' * 3 == 'aaa', 'Z' < 'a' < 'ä' < '日')
print(sorted(['b', 'A', 'a', 'B', 'é', 'e', '日', '1', ' ']), max('hello'), min('hello'))
print('abc' + 'def', 'ab' * 3, 3 * 'ab', 'ab' * 0, 'ab' * -2, 'x' in 'xyz', 'xy' not in 'xyz', '' in '')
print('a' == 'a', None is not None, 'abc'.__eq__(1), 'a'.__lt__(1))

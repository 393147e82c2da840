s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '1', 0), s.replace('', '-'), s.replace('', '-', 3), 'aaa'.replace('a', 'aa'), ''.replace('', 'x'), s.replace('one', '1', -1))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), ' '.join(str(i) for i in range(4)), '日'.join('本本'))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(e)
try:
    ','.join([b'a'])
except TypeError as e:
    print(e)

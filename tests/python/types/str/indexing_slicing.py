s = 'Python3.11 日本'
print(s[0], s[-1], s[2:5], s[:3], s[-3:], s[::2], s[::-1], s[1:-1:3], s[100:], s[-100:2], s[5:2], s[5:2:-1])
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s[0] = 'x'
except TypeError as e:
    print(e)
print(len(s), s[slice(2, None)], 'abc'[True], s[2:2] == '', type(s[0]).__name__)

class Left:
    def __lt__(self, o):
        return NotImplemented
class Right:
    def __gt__(self, o):
        return 'Right.__gt__'
print(Left() < Right())
class Sub(Left):
    def __gt__(self, o):
        return 'Sub.__gt__ first'
print(Left() < Sub())
try:
    Left() < Left()
except TypeError as e:
    print(e)
try:
    1 < 'a'
except TypeError as e:
    print(e)
try:
    [] >= {}
except TypeError as e:
    print(e)
try:
    None < None
except TypeError as e:
    print(e)
print(1 == 'a', 1 != 'a', None == 0, [] == (), {} != set())

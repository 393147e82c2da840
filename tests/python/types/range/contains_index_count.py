r = range(0, 20, 3)
print(9 in r, 10 in r, 9.0 in r, True in range(2), 'x' in r, -3 in r, 18 in r, 21 in r)
print(r.index(9), r.count(9), r.count(10), r.count(9.0))
try:
    r.index(10)
except ValueError as e:
    print(e)
class Eq:
    def __eq__(self, o): return o == 6
print(Eq() in r, r.count(Eq()))

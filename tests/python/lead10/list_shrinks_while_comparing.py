# A comparison that empties the list being searched: `in`, count, remove and
# index read the list's length again at every step, as CPython does.
class Shrinker:
    def __init__(self, target, at):
        self.target, self.at = target, at

    def __eq__(self, other):
        if other == self.at:
            del self.target[self.at:]
        return False


data = list(range(15))
print(Shrinker(data, 12) in data, data)
data = list(range(15))
print(data.count(Shrinker(data, 5)), data)
data = list(range(15))
try:
    data.remove(Shrinker(data, 3))
except ValueError as e:
    print("ValueError:", e)
print(data)
data = list(range(15))
try:
    data.index(Shrinker(data, 7))
except ValueError as e:
    print("ValueError:", type(e).__name__)
print(data)


class EqualAndClear:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return True


data = [1, 2, 3]
data.remove(EqualAndClear(data))
print(data)
data = [object(), object()]
print(data.count(EqualAndClear(data)), data)

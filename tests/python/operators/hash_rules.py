class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
class EqHash:
    def __eq__(self, o): return True
    def __hash__(self): return 7
print(hash(EqHash()))
class Sub(EqHash):
    def __eq__(self, o): return False
print(Sub.__hash__)
class Inherit(EqHash):
    pass
print(hash(Inherit()))
class Explicit:
    __hash__ = None
try:
    {Explicit()}
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2 ** 70
print(hash(BigHash()))
class BadHash:
    def __hash__(self): return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)

class C:
    def __len__(self):
        return 5
c = C()
c.__len__ = lambda: 10
print(len(c), c.__len__())
class E:
    pass
e = E()
e.__repr__ = lambda: 'inst repr'
print(repr(e) == 'inst repr')
e.__add__ = lambda o: 1
try:
    e + e
except TypeError as ex:
    print(ex)

class Weird:
    def __repr__(self):
        return 'Weird()'
    def __bool__(self):
        print('bool called')
        return False
w = Weird()
print(w or 'fallback')
print(w and 'never')
print(not w)
if not w:
    print('in if')
x = 1 if w else 2
print(x)
print([v for v in [w] if v])
while w:
    break
print(all([w]), any([w]))

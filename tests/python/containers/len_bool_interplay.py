class Box:
    def __init__(self, items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __getitem__(self, i): return self.items[i]
b = Box('abc')
print(len(b), bool(b), bool(Box([])), list(b), b[-1], sorted(b, reverse=True), 'b' in b, list(reversed(b)))
print(list(enumerate(b)), dict(zip(b, range(3))), max(b), [x * 2 for x in b], ''.join(b))
empty = Box([])
print('empty' if not empty else 'full', len(empty) == 0, any(empty), all(empty))

print()
print(1, 2, 3)
print(1, 2, sep='-', end='!\n')
print('a', 'b', sep='')
print('no newline', end='')
print()
print(*[1, 2], sep=None, end=None)
import sys
print('to stdout', file=sys.stdout, flush=True)
print('x', file=None)
try:
    print(sep=5)
except TypeError as e:
    print(e)
try:
    print(end=[])
except TypeError as e:
    print(e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('to', 'writer', file=w)
print(w.parts)

import sys
sys.setrecursionlimit(60000)
def f(n): return 0 if n == 0 else 1 + f(n - 1)
print(f(50000))
class Node:
    def __init__(self, nxt): self.nxt = nxt
    def length(self): return 1 + (self.nxt.length() if self.nxt else 0)
n = None
for i in range(20000): n = Node(n)
print(n.length())
def g(n):
    if n == 0: return [0]
    return [x + 1 for x in g(n - 1)][:1]
print(g(10000))
def h(n):
    try:
        if n == 0: raise ValueError("bottom")
        return h(n - 1)
    finally:
        pass
try: h(20000)
except ValueError as e: print(e, len(__import__("traceback").extract_tb(e.__traceback__)))
def gen(n):
    if n: yield from gen(n - 1)
    else: yield "deep"
print(next(gen(3000)))
sys.setrecursionlimit(1000)
try: f(5000)
except RecursionError as e: print("RE", e)

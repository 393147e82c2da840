# _heapq and _bisect imported directly: results against sorted(), the
# max-heap helpers, keys and bounds, mutation during comparison, errors.
import _heapq as h
import _bisect as b

def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__, e)

print(sorted(n for n in dir(h) if not n.startswith('__')))
print(sorted(n for n in dir(b) if not n.startswith('__')))

seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % 1000

data = [rnd() for _ in range(200)]
heap = []
for x in data:
    h.heappush(heap, x)
print(heap[:20])
out = [h.heappop(heap) for _ in range(len(data))]
print(out == sorted(data), out[:10], heap)

x = data[:]
h.heapify(x)
print(x[:20], all(x[i] <= x[2*i+1] for i in range(len(x) // 2)))
print(h.heapreplace(x, 500), x[0], h.heappushpop(x, -1), h.heappushpop(x, 10**6), x[0])
print(h.heappushpop([], 3), h.heappushpop([5], 3), h.heappushpop([1], 3))

m = data[:50]
h._heapify_max(m)
print(m[:10], all(m[i] >= m[2*i+1] for i in range(len(m) // 2)))
print([h._heappop_max(m) for _ in range(10)], h._heapreplace_max(m, -5), m[:5])

big = [rnd() for _ in range(3000)]
bh = big[:]
h.heapify(bh)
print(bh[:15], bh[-5:])

t = [(2, 'b'), (1, 'z'), (1, 'a'), (3, 'c')]
h.heapify(t)
print(t, h.heappop(t), h.heappop(t))
class L(list): pass
sub = L([5, 3, 1])
h.heapify(sub)
print(sub, type(sub).__name__, h.heappop(sub))

err(lambda: h.heappop([]))
err(lambda: h.heapreplace([], 1))
err(lambda: h._heappop_max([]))
err(lambda: h._heapreplace_max([], 1))
err(lambda: h.heappush(1, 2))
err(lambda: h.heappush((), 2))
err(lambda: h.heappop(1))
err(lambda: h.heapify({}))
err(lambda: h.heapreplace(1, 1))
err(lambda: h.heappushpop(1, 3))
err(lambda: h._heapify_max(1))
err(lambda: h._heappop_max('x'))
err(lambda: h._heapreplace_max(1, 2))
err(lambda: h.heappush([]))
err(lambda: h.heappush([], 1, 2))
err(lambda: h.heappush([1], 'a'))
err(lambda: h.heapify([1, 'a', 2]))

class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        if s.v == 99:
            victim.clear()
        return s.v < o.v
    def __repr__(s): return 'C(%d)' % s.v
victim = [C(1), C(2), C(3)]
err(lambda: h.heappush(victim, C(99)))
print(victim)
victim = [C(99), C(2), C(3)]
err(lambda: h.heapify(victim))
victim = [C(5), C(99), C(3), C(4)]
err(lambda: h.heappop(victim))

# bisect
a = [1, 2, 2, 2, 3, 5, 8]
print([b.bisect_left(a, v) for v in range(10)])
print([b.bisect_right(a, v) for v in range(10)])
print(b.bisect_left(a, 2, 2), b.bisect_right(a, 2, 0, 2), b.bisect_left(a, 2, lo=4), b.bisect_right(a, 9, hi=3))
print(b.bisect_left(a, 2, 0, None), b.bisect_left(a, 3, 0, -1), b.bisect_left(a, 3, 0, -5), b.bisect_right(a, 3, 5, 2))
print(b.bisect_left(a, 2, True), b.bisect_left('abcde', 'c'), b.bisect_right((1, 2, 3), 2), b.bisect_right(range(0, 100, 3), 50))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(b.bisect_left(recs, 3, key=lambda r: r[1]), b.bisect_right(recs, 3, key=lambda r: r[1]), b.bisect_left(recs, 9, key=lambda r: r[1]))
s = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    b.insort_right(s, v)
print(s)
s2 = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    b.insort_left(s2, v, 0, len(s2))
print(s2)
ins = [('a', 1), ('c', 5)]
b.insort_left(ins, ('b', 3), key=lambda r: r[1])
b.insort_right(ins, ('d', 5), key=lambda r: r[1])
print(ins)
class LL(list):
    def insert(self, i, x):
        print('insert', i, x)
        list.insert(self, i, x)
ll = LL([1, 3])
b.insort(ll, 2) if hasattr(b, 'insort') else b.insort_right(ll, 2)
print(ll)
class Seq:
    def __len__(self): return 5
    def __getitem__(self, i): return i * 10
print(b.bisect_left(Seq(), 25), b.bisect_right(Seq(), 20))

err(lambda: b.bisect_left(a, 1, -1))
err(lambda: b.bisect_left(a, 1, 'x'))
err(lambda: b.bisect_left(a, 1, 0, 'x'))
err(lambda: b.bisect_left(a, 1, 0, 1.5))
err(lambda: b.bisect_left({}, 3))
err(lambda: b.bisect_left(5, 3))
err(lambda: b.bisect_left([1, 2], 3, 0, 10))
err(lambda: b.bisect_left([1, 2], 1, 0, 2**80))
err(lambda: b.bisect_left([1, 2], 1, 2**80))
err(lambda: b.insort_left((1, 2), 1))
err(lambda: b.insort_left([1], 1, key=1))
err(lambda: b.bisect_left([1, 'a'], 2))
err(lambda: b.bisect_left(a, 1, 0, 1, 2))
err(lambda: b.bisect_left([]))
err(lambda: b.bisect_left())
err(lambda: b.bisect_left([], 1, foo=2))
err(lambda: b.bisect_left([], 1, key=2, x=3))
err(lambda: b.bisect_left([], 1, 0, lo=1))
err(lambda: b.insort_right(x=1))
print(b.bisect_left(a=[1, 2, 3], x=2), b.insort_left(a=s, x=0), s[:3])

class LenOnly:
    def __len__(self): return 10
class GetOnly:
    def __getitem__(self, i): return i
err(lambda: b.bisect_left(LenOnly(), 1))
err(lambda: b.bisect_left(GetOnly(), 1))
err(lambda: b.bisect_left({}, 1, 0, 1))
err(lambda: b.bisect_left({0: 1}, 1, 0, 1))
err(lambda: b.insort_right(LenOnly(), 1))
err(lambda: b.bisect_left(5, 1, 0, 1))
err(lambda: b.bisect_left('abc', 'b', 0, 10))

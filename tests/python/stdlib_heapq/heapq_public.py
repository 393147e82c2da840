# The heapq and bisect modules over _heapq and _bisect: merge,
# nlargest/nsmallest with keys, the priority-queue idiom, and bisect/insort
# with keys on records.
import heapq
import bisect

print(bisect.bisect is bisect.bisect_right,
      bisect.insort is bisect.insort_right)
data = [(i * 37) % 101 for i in range(60)]
print(heapq.nsmallest(5, data), heapq.nlargest(5, data), heapq.nsmallest(3, data, key=lambda v: -v))
print(heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len), heapq.nsmallest(1, []), heapq.nlargest(10, [3, 1]))
print(list(heapq.merge([1, 5, 9], [2, 6], [0, 10])), list(heapq.merge(['a', 'cc'], ['bbb'], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
pq = []
for pri, task in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
    heapq.heappush(pq, (pri, task))
print([heapq.heappop(pq) for _ in range(len(pq))])
h = data[:]
heapq.heapify(h)
print(h[:6], heapq.heappushpop(h, -1), heapq.heapreplace(h, 500), h[0])

grades = 'FDCBA'
def grade(score, breakpoints=[60, 70, 80, 90]):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('ann', 10), ('bob', 20), ('cy', 30)]
print(bisect.bisect_left(recs, 20, key=lambda r: r[1]), bisect.bisect_right(recs, 20, key=lambda r: r[1]))
bisect.insort(recs, ('dee', 25), key=lambda r: r[1])
bisect.insort_left(recs, ('eve', 20), key=lambda r: r[1])
print(recs)
a = []
for v in data[:20]:
    bisect.insort(a, v)
print(a == sorted(data[:20]), bisect.bisect_left(a, 50), bisect.bisect_right(a, 50, 2, 10))
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print('ValueError', e)

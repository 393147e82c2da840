log = []
def src():
    for i in range(5):
        log.append(i)
        yield i
m = map(lambda x: x * 2, src())
print(log, next(m), log)
z = zip(src(), 'ab')
print(list(z), log)
log.clear()
print(any(x > 1 for x in src()), log)
log.clear()
print(all(x < 1 for x in src()), log)
print(list(zip()), list(zip([1, 2], [3])), list(map(pow, [2, 3], [3, 2])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(e)

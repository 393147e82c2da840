class CM:
    def __enter__(self): print('enter')
    def __exit__(self, *a):
        print('exit', a[0])
def f():
    with CM():
        return 'returned'
print(f())
for i in range(3):
    with CM():
        if i == 0:
            continue
        if i == 1:
            break
print('i =', i)
def g():
    for x in [1]:
        with CM():
            try:
                return 'inner'
            finally:
                print('finally')
print(g())

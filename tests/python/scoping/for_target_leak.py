for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    j
except NameError as e:
    print(e)
def f():
    for k, (a, b) in enumerate([(1, 2), (3, 4)]):
        pass
    return k, a, b
print(f())
with open(__file__) as fh:
    pass
print(fh.closed)

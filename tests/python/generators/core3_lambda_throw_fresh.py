f = lambda: (yield 1)
gen = f()
print(next(gen))
try: gen.send(2)
except StopIteration as e: print("value", e.value)
def g(): return (yield 1)
f3 = lambda: (yield from g())
gen = f3(); next(gen)
try: gen.send(5)
except StopIteration as e: print("value", e.value)
def f():
    while True:
        try:
            print((yield))
        except ValueError as v:
            print("caught ValueError (%s)" % (v))
g = f()
try:
    g.throw(ValueError, 7)
except ValueError as e:
    print("raised", e)
try:
    next(g)
except StopIteration:
    print("finished")

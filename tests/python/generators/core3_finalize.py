import gc, sys
def f():
    try:
        yield 1
    finally:
        print("finally")
g = f(); next(g); del g; gc.collect()
print("after")
def f2():
    try:
        yield 1
    except GeneratorExit:
        print("exiting")
        raise
g = f2(); next(g); del g; gc.collect()
seen = []
sys.unraisablehook = lambda a: seen.append((a.exc_type.__name__, str(a.exc_value), type(a.object).__name__))
def f3():
    try:
        yield
    except:
        yield
g = f3(); next(g); del g; gc.collect()
print(seen)
def f4():
    yield 1
    try:
        yield 2
    finally:
        print("f4 finally")
g = f4(); next(g); next(g); del g; gc.collect()
for x in f4():
    break
gc.collect()
print("end")

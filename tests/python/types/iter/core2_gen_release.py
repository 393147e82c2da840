# A finished generator no longer keeps its arguments and locals alive:
# their __del__ runs at the next gc.collect(), as CPython frees them at once.
import gc

class B:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('B del', self.n)
    def get(self):
        raise IndexError

def gen(x):
    return
    yield
def gen_catch(x):
    try:
        x.get()
    except IndexError:
        return
    yield
def gen_raise(x):
    raise ValueError
    yield

def run(g, n):
    b = B(n)
    it = g(b)
    del b
    try:
        for _ in it:
            pass
    except ValueError:
        print('ValueError')
    gc.collect()
    print('after collect', n)
    del it

run(gen, 1)
run(gen_raise, 3)


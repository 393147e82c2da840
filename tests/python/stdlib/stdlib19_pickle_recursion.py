# Pickling a structure nested deeper than the recursion limit raises
# RecursionError with the C pickler's message, through pickle.dumps,
# pickle.dump and Pickler.dump alike; the interpreter recovers after it.
import pickle, io, sys

deep = []
cur = deep
for i in range(100000):
    cur.append([])
    cur = cur[0]

def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except RecursionError as e:
        print(label, type(e).__name__, e)

attempt("dumps", lambda: pickle.dumps(deep))
attempt("dumps p0", lambda: pickle.dumps(deep, protocol=0))
attempt("dump", lambda: pickle.dump(deep, io.BytesIO(), protocol=2))
attempt("Pickler.dump", lambda: pickle.Pickler(io.BytesIO()).dump(deep))
d = {}
node = d
for i in range(50000):
    node["k"] = {}
    node = node["k"]
attempt("dict", lambda: pickle.dumps(d))

# Shallow data still round-trips afterwards.
shallow = [[1, [2, [3]]], {"a": (4, 5)}]
print(pickle.loads(pickle.dumps(shallow)) == shallow)

# A RecursionError raised by the program's own code keeps its message.
class Loop:
    def __reduce__(self):
        return self.__reduce__()
attempt("own reduce", lambda: pickle.dumps(Loop()))

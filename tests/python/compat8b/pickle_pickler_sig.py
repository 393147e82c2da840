# _pickle.Pickler has the C class's signature; fix_imports may be positional.
import _pickle, inspect, io, pickle
print(inspect.signature(_pickle.Pickler))
print(inspect.signature(_pickle.Unpickler))
b = io.BytesIO()
_pickle.Pickler(b, 2, False).dump([1, "a", (2.5, None)])
print(pickle.loads(b.getvalue()))
b = io.BytesIO()
_pickle.Pickler(b, protocol=0, fix_imports=True).dump({"k": b"v"})
print(pickle.loads(b.getvalue()))
b = io.BytesIO()
p = _pickle.Pickler(b, 5, buffer_callback=lambda buf: None)
p.dump(pickle.PickleBuffer(b"xyz"))
print(len(b.getvalue()) > 0)
class Sub(_pickle.Pickler):
    def __init__(self, f):
        super().__init__(f, 3)
b = io.BytesIO()
Sub(b).dump("s")
print(pickle.loads(b.getvalue()), b.getvalue()[:2])
for args, kw in [((), {}), ((io.BytesIO(),), {"foo": 1})]:
    try:
        _pickle.Pickler(*args, **kw)
    except TypeError:
        print("TypeError")

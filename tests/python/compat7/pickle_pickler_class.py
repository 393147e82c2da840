# pickle.Pickler and pickle.Unpickler are _pickle's classes (their module is
# _pickle), distinct from pickle._Pickler/_Unpickler, and work like them.
import io
import pickle
import _pickle

for name in ['Pickler', 'Unpickler']:
    cls = getattr(pickle, name)
    print(name, cls.__module__, cls.__name__, cls is getattr(_pickle, name),
          cls is getattr(pickle, '_' + name))
print(pickle.Pickler.__module__ == pickle.__name__)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    buf = io.BytesIO()
    p = pickle.Pickler(buf, proto)
    p.dump({'a': [1, 2.5, (3, 'x')], 'b': {4, 5}, 'c': b'\x00\xff'})
    buf.seek(0)
    print(proto, pickle.Unpickler(buf).load())


class MyPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return 'ID' if obj == 'secret' else None


class MyUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return 'restored ' + pid


buf = io.BytesIO()
MyPickler(buf).dump(['secret', 'plain'])
buf.seek(0)
print(MyUnpickler(buf).load())
try:
    pickle.Pickler(io.BytesIO(), 99)
except ValueError as e:
    print(type(e).__name__, e)

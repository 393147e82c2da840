# _pickle.Pickler.dump is positional-only with the C method's docstring:
# pydoc shows "dump(obj, /) method of _pickle.Pickler instance".
import _pickle
import inspect
import io
import pickle
import pydoc

p = _pickle.Pickler(io.BytesIO())
print(inspect.signature(p.dump))
print(inspect.signature(_pickle.Pickler.dump))
print(_pickle.Pickler.dump.__doc__)
text = pydoc.render_doc(p.dump, renderer=pydoc.plaintext).splitlines()
print(text[2])
try:
    p.dump(obj=1)
except TypeError as e:
    print('TypeError')
buf = io.BytesIO()
pickle.Pickler(buf, 2).dump([1, 'a', (2.5, None)])
print(pickle.loads(buf.getvalue()))


class Unset(_pickle.Pickler):
    def __init__(self):
        pass


try:
    Unset().dump(1)
except pickle.PicklingError as e:
    print('PicklingError', e)

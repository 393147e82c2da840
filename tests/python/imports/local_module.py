import _helper
from _helper import greet, VALUE
print(greet('krait'), VALUE, _helper.__name__, _helper.counter)
import _helper as h2
print(h2 is _helper, _helper.counter)
import importlib
importlib.reload(_helper)
print(_helper.counter)

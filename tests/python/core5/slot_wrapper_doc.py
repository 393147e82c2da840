# Slot wrappers and method-wrappers carry CPython's slot docstrings.
import inspect
for d in (iter([]).__next__, int.__add__, (1).__add__, object.__init__, object.__repr__,
          tuple.__len__, dict.__setitem__, float.__lt__, str.__hash__, type.__call__,
          (lambda: 0).__get__, property.__set__, int.__pow__, complex.__neg__):
    print(type(d).__name__, d.__qualname__, repr(d.__doc__))
print(inspect.getdoc(int.__sub__))

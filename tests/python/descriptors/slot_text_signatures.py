# inspect.signature of slot wrappers and method-wrappers (their __text_signature__).
import inspect
for f in (object.__init__.__get__, int.__add__, (1).__pow__, object.__setattr__, int.__neg__,
          object.__eq__, int.__radd__, type.__call__,
          property.__set__, property.__delete__, object.__delattr__, int.__hash__, (1).__iter__ if False else int.__invert__):
    print(f.__name__, inspect.signature(f), f.__text_signature__)

# __text_signature__ of builtin types and functions, and what
# inspect.signature and rlcompleter make of them.
import inspect
import rlcompleter


class C:
    pass


class D:
    "D(a, b=1)\n--\n\nA class."


class E(list):
    pass


class F:
    def __init__(self, x):
        pass


class G:
    "G(x) without the marker"


for t in [object, list, tuple, float, complex, enumerate, memoryview, property,
          reversed, C, D, E, F, G]:
    try:
        s = inspect.signature(t)
    except (ValueError, TypeError) as e:
        s = type(e).__name__ + ": " + str(e)
    print(t.__name__, repr(t.__text_signature__), s)
for f in [len, [].append, list.append, type.mro, [].clear, list.clear, abs, divmod,
          isinstance, hash, id, callable, chr, ord, repr, ascii, [].copy]:
    print(f.__qualname__, f.__text_signature__, inspect.signature(f))
comp = rlcompleter.Completer({'CompleteMe': C, 'F': F})
print(sorted(comp.global_matches("Complete")), comp.attr_matches("CompleteMe.mr"),
      sorted(comp.global_matches("F")))

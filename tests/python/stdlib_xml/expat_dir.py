# dir() of the parser and module; buffer_used inside the flushing handler.
import pyexpat
p = pyexpat.ParserCreate()
print(sorted(k for k in dir(p) if k != "__module__"))
print(sorted(k for k in dir(pyexpat) if not k.startswith("__") and k != "expat_CAPI"))
print(sorted(k for k in dir(pyexpat.errors) if k.startswith('__')), sorted(k for k in dir(pyexpat.model) if k.startswith('__')))
print(repr(pyexpat.ParserCreate).split(' at ')[0], pyexpat.ParserCreate.__name__, type(p).__name__, type(p).__qualname__)
p.buffer_text = True
p.CharacterDataHandler = lambda t: print("cd", t, p.buffer_used)
p.Parse(b"<a>abc", False)
print(p.buffer_used)
p.Parse(b"def</a>", True)
print(p.buffer_used)

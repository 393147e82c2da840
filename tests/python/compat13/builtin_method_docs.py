# Builtin types' methods carry docstrings, and DocTestFinder finds in the
# builtins module the same objects with examples as in CPython (test_doctest's
# non_Python_modules counts them); the examples pass.
import builtins
import doctest

tests = doctest.DocTestFinder().find(builtins)
print(825 < len(tests) < 845)
real_tests = [t for t in tests if len(t.examples) > 0]
for t in real_tests:
    print(len(t.examples), t.name)
runner = doctest.DocTestRunner(verbose=False)
for t in real_tests:
    runner.run(t)
print(runner.summarize(verbose=False))

undocumented = []
for typ in (str, bytes, bytearray, list, tuple, int, float, complex, range,
            memoryview, object, property, type, BaseException, slice):
    for name, v in vars(typ).items():
        if name in ("__new__", "__getnewargs__", "__format__") or not callable(v):
            continue
        if not isinstance(v.__doc__, str) or not v.__doc__:
            undocumented.append(typ.__name__ + "." + name)
print("undocumented:", undocumented)
# a bound method shows its descriptor's doc
print("abc".split.__doc__ == str.split.__doc__, [].sort.__doc__ == list.sort.__doc__)

# Types implemented natively without a constructor refuse instantiation
# from Python (as CPython's types without tp_new do), instead of building
# an object with the wrong layout.
import re, itertools, collections
for t in [type(re.compile("a").scanner("a")), type(iter(range(1 << 70))), type(iter(collections.deque()))]:
    try:
        t()
        print(t.__name__, "created")
    except TypeError as e:
        print(t.__name__, "TypeError")

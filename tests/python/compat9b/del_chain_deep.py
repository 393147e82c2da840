# A 100-deep chain of objects with __del__ dies in one gc.collect(), in
# order from the head, as in CPython (test_ordered_dict's
# test_highly_nested_subclass).
import gc
from collections import OrderedDict

for base in (dict, OrderedDict, object):
    deleted = []

    class Node(base):
        def __del__(self):
            deleted.append(self.i)

    obj = None
    for i in range(100):
        if base is object:
            n = Node()
            n.child = obj
            obj = n
        else:
            obj = Node([(None, obj)])
        obj.i = i
    del obj
    n = None
    gc.collect()
    print(base.__name__, len(deleted), deleted == list(reversed(range(100))))

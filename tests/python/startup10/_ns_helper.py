# Helper module for namespace_presize: many module-level stores, some in
# both branches of an if, some deleted again, a star import.
import sys as _sys
from os.path import *
a = 1
b = 2
if _sys.version_info >= (3,):
    c = 3
else:
    c = 4
def d(): return "d"
class E:
    x = 1
    y = 2
    def f(self): return self.x
    def g(self): return self.y
    z = 3
    del y
    w = 4
    v = 5
    u = 6
try:
    import _definitely_missing_module_
except ImportError:
    _definitely_missing_module_ = None
for _i in range(3):
    globals()["g%d" % _i] = _i
h = 8
del b
k = [a, c, h]

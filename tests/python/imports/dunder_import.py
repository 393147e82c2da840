m = __import__('math')
print(m.sqrt(9))
p = __import__('os.path')
print(p.__name__)
q = __import__('os.path', fromlist=['join'])
print(q.__name__)
import importlib
print(importlib.import_module('_pkg.sub').NAME)

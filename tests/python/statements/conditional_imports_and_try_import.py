try:
    import nonexistent_module_xyz as mod
except ImportError:
    mod = None
print(mod)
try:
    from collections import OrderedDict
except ImportError:
    OrderedDict = dict
print(OrderedDict.__name__)

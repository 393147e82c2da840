import _helper
print(_helper.__name__, _helper.__file__.endswith('_helper.py'), _helper.__doc__, type(_helper.__dict__).__name__)
print(sorted(k for k in vars(_helper) if not k.startswith('__')))
print(__name__, __file__.endswith('module_attributes.py'))
import types
m = types.ModuleType('made', 'doc of made')
m.x = 1
print(m.__name__, m.__doc__, m.x, repr(m))

# exec() inserts the current builtins dict as __builtins__; a function's
# __builtins__ is that dict, inherited from the running frame when its
# globals have none.
import builtins, json, textwrap
print(type(json.__dict__['__builtins__']).__name__)
g = {}
exec('x = len', g)
print(g['__builtins__'] is builtins.__dict__, g['x'])
def f(): pass
print(f.__builtins__ is builtins.__dict__)
code = textwrap.dedent("""
    def func3(s): pass
    func4 = type(func3)(func3.__code__, {})
""")
safe = {'None': None}
ns = {'type': type, '__builtins__': safe}
exec(code, ns)
print(ns['func3'].__builtins__ is safe, ns['func4'].__builtins__ is safe,
      '__builtins__' in ns['func4'].__globals__)
func2 = type(f)(f.__code__, {})
print(func2.__builtins__ is builtins.__dict__)

# __main__'s globals as CPython creates them: an empty __annotations__ comes first
# (before any annotation runs), and module-level annotations go into that same dict.
import __main__
print(list(globals()))
ann = __annotations__
x: int = 1
y: "str"
print(ann is __annotations__, __annotations__)
print(__main__.__annotations__ is ann)
import types
m = types.ModuleType("m")
print("__annotations__" in m.__dict__, m.__annotations__, "__annotations__" in m.__dict__)

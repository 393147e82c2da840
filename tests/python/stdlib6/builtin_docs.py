# builtin functions have docstrings; the call-form first lines are CPython's
import builtins, functools

missing = []
for n in sorted(dir(builtins)):
    o = getattr(builtins, n)
    if type(o).__name__ == 'builtin_function_or_method':
        if not isinstance(o.__doc__, str) or not o.__doc__:
            missing.append(n)
print("missing", missing)
for f in (max, min, iter, next, getattr, dir, vars, anext, breakpoint, builtins.__build_class__):
    print(f.__doc__.split("\n\n")[0])


def wrapper():
    pass


functools.update_wrapper(wrapper, max)
print(wrapper.__name__, wrapper.__doc__.startswith('max('), wrapper.__annotations__)
print(open.__doc__.split("\n")[0])

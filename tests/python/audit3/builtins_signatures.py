# inspect.signature of every callable in builtins (open's is io's).
import inspect, builtins
print(builtins.__doc__.splitlines()[0])
for n in sorted(dir(builtins)):
    o = getattr(builtins, n)
    if callable(o) and n not in ("open", "classmethod", "staticmethod"):
        try: s = str(inspect.signature(o))
        except (ValueError, TypeError) as e: s = type(e).__name__ + " " + str(e)
        print(n, s)

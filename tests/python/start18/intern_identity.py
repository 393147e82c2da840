# Interned strs are one object per text, whichever way they are met:
# sys.intern, identifiers in compiled code, attribute names set and read
# through getattr/setattr, and names in code read back from a .pyc.
import sys

a = sys.intern("".join(["start18", "_", "probe"]))
b = sys.intern("start18_" + "probe")
print(a is b, a == "start18_probe")

# An identifier-like constant in compiled code is the interned object.
code = compile("x = 'start18_probe'", "<t>", "exec")
ns = {}
exec(code, ns)
print(ns["x"] is a)

# Attribute names: setattr with a fresh str, then the dict key is interned.
class C:
    pass

o = C()
name = "".join(["dyn", "_attr_", str(42)])
setattr(o, name, 1)
key = next(iter(vars(o)))
print(key == "dyn_attr_42", key is sys.intern("dyn_attr_42"))

# Many distinct interned names (the table grows past its first size).
names = [sys.intern("n%05d" % i) for i in range(20000)]
again = [sys.intern("n%05d" % i) for i in range(20000)]
print(all(x is y for x, y in zip(names, again)))
print(len(set(map(id, names))))

# A subclass of str is interned as a plain str of equal text.
class S(str):
    pass

try:
    sys.intern(S("sub_probe"))
except TypeError as e:
    print("TypeError", e)

# Names of functions and code in imported modules are interned too.
import os.path
print(os.path.join.__name__ is sys.intern("join"))
print(os.path.join.__code__.co_varnames[0] is sys.intern("a"))

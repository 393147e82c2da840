# `del name` of the last reference to a weakly referenced object kills its
# weak references at once, as CPython's reference counting does: the
# reference returns None, its callback has run, and the entries of
# WeakValueDictionary, WeakKeyDictionary and WeakSet are gone.
import weakref


class C:
    pass


o = C()
calls = []
r = weakref.ref(o, lambda w: calls.append("callback"))
wvd = weakref.WeakValueDictionary({"a": o})
wkd = weakref.WeakKeyDictionary({o: 1})
del o
print(r(), calls, len(wvd), len(wkd), list(wkd.values()))


def in_function():
    x = C()
    ws = weakref.WeakSet([x])
    ref = weakref.ref(x)
    print(ref() is x, len(ws))
    del x
    print(ref(), len(ws))


in_function()

# Still referenced elsewhere: the weak reference stays alive.
keep = C()
alias = keep
ref = weakref.ref(keep)
del keep
print(ref() is alias)

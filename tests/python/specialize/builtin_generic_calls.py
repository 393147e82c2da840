# Builtin method calls through the generic binder (keywords, *args
# signatures, unbound descriptors) and their error messages.
print("{} {x}".format(1, x=2), "a,b".split(sep=","), list.append, str.join(",", "ab"))
l = []
list.append(l, 3); print(l)
for bad in [lambda: list.append(), lambda: list.append(1, 2), lambda: "x".format(**{}), lambda: "{}".format(),
            lambda: "a".split(1), lambda: "a".split(sep=1), lambda: "a".split(x=1), lambda: [].sort(1), lambda: str.join(1, "a"),
            lambda: "a".replace(), lambda: {}.pop(), lambda: [].index(), lambda: "abc".startswith()]:
    try: print(bad())
    except (TypeError, IndexError, KeyError) as e: print(type(e).__name__, e)
print(sorted([3, 1, 2], reverse=True), "%s" % "x", "{0:>5}|{1:<3}".format("a", "b"), [1,2,3].index(2, 0, 3))

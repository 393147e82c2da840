import inspect, builtins
names = []
for tn in sorted(dir(builtins)):
    t = getattr(builtins, tn)
    if not isinstance(t, type) or issubclass(t, BaseException):
        continue
    for mn in sorted(vars(t)):
        m = vars(t)[mn]
        if type(m).__name__ not in ("method_descriptor", "classmethod_descriptor") or mn.startswith("__"):
            continue
        try:
            s = str(inspect.signature(m))
        except ValueError as e:
            s = "ValueError: " + str(e)
        print(f"{tn}.{mn}{s}" if not s.startswith("ValueError") else f"{tn}.{mn}: {s}")
for obj in ("abc".split, b"x".decode, [].sort, {}.get, (1).to_bytes, dict.fromkeys, int.from_bytes, str.maketrans, bytes.fromhex):
    print(obj.__qualname__, obj.__text_signature__)
for t in (int, str, list, dict, set, object, type, range):
    print(t.__name__, t.__new__.__text_signature__)

# str(x) and bool(x) called in a loop take CALL_BUILTIN_TYPE's direct paths;
# __str__/__bool__/__len__ and their errors behave as through type_call.
class A:
    def __str__(self): return "A!"
    def __bool__(self): return False
class B:
    def __len__(self): return 3
class Bad:
    def __str__(self): return 5
    def __bool__(self): return "x"
class S(str): pass
for _ in range(3):
    print(str(1.5), str(A()), str(None), str(b"x"), str([1]), type(str(S("q"))).__name__, str(S("q")))
    print(bool(A()), bool(B()), bool([]), bool(0.0), bool("a"), bool(None))
    for f in (str, bool):
        try:
            print(f(Bad()))
        except TypeError as e:
            print(type(e).__name__, e)

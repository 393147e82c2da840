# Keyword calls bound in place (the callee's window over the caller's
# argument registers): results, argument order, defaults read per call,
# errors after a plan was built, and the caller's temporaries intact.


def area(width, height=1, *, scale=1, offset=0):
    return (width, height, scale, offset)


def options(a, b=2, c=3, d=4, e=5):
    return (a, b, c, d, e)


class Box:
    def describe(self, prefix="", suffix="", sep=" "):
        return prefix + sep.join(["box"]) + suffix


def run(i):
    out = []
    out.append(area(i, height=2))          # identity
    out.append(area(i, offset=1))          # above the arguments
    out.append(area(width=i, height=3, scale=2))
    out.append(options(i, d=1))
    out.append(options(a=i, e=0, b=1))     # a real permutation
    out.append(options(i, c=i + 1, b=i + 2))  # keywords swapping registers
    out.append(options(i, e=i + 1, d=i + 2, c=i + 3))
    out.append(Box().describe(prefix="<", sep=", "))
    # keyword values computed into temporaries around the call
    out.append([i * 10, area(i + 1, offset=i + 2), i * 20])
    return out


for i in range(3):
    print(run(i))


def drop_defaults(k):
    try:
        return options(k, d=1)
    except TypeError as e:
        return "TypeError: %s" % e


for k in range(3):
    print(drop_defaults(k))
options.__defaults__ = (20, 30)
for k in range(2):
    print(drop_defaults(k))   # c given by default, b missing: error
options.__defaults__ = (7, 8, 9, 10)
print(drop_defaults(5))


def drop_kwdefaults(k):
    try:
        return area(k, offset=k + 1)
    except TypeError as e:
        return "TypeError: %s" % e


for k in range(3):
    print(drop_kwdefaults(k))
area.__kwdefaults__ = {"offset": 5}
print(drop_kwdefaults(1))
area.__kwdefaults__ = None
print(drop_kwdefaults(2))
area.__kwdefaults__ = {"scale": 4}
print(drop_kwdefaults(3))


def kw_errors():
    for call in (lambda: options(1, f=2), lambda: options(1, a=2),
                 lambda: options(b=1), lambda: area(1, 2, 3),
                 lambda: area(1, scale=1, scale2=2)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)


kw_errors()
kw_errors()


def nested(x):
    # a keyword call whose argument is itself a keyword call
    return options(x, d=options(x, e=x)[4], e=area(x, offset=x)[3])


print([nested(j) for j in range(3)])

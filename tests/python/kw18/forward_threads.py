# Forwarding wrappers called from several threads at once: each call's
# *args and **kwargs reach the callee intact.
import threading


def target(*a, **k):
    return (a, tuple(sorted(k.items())))


def forward(*args, **kwargs):
    return target(*args, **kwargs)


def fwd_area(*args, **kwargs):
    return area(*args, **kwargs)


def area(width, height=1, *, scale=1):
    return width * height * scale


results = {}


def work(name):
    out = []
    total = 0
    for i in range(3000):
        r = forward(name, i, key=i, who=name)
        if r != ((name, i), (("key", i), ("who", name))):
            out.append(r)
        total += fwd_area(i, height=2, scale=3)
    results[name] = (out, total)


threads = [threading.Thread(target=work, args=(n,)) for n in "abcd"]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))

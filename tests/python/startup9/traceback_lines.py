# Line numbers of traceback entries and frames when the same code raises
# at several places, many times (the line of a pc is looked up on demand).
import sys
import traceback


def f(k):
    if k == 0:
        raise ValueError("zero")
    if k == 1:
        raise KeyError("one")
    x = [1][k]
    return x


lines = []
for i in range(30):
    k = i % 3
    try:
        f(k)
    except Exception as e:
        tb = e.__traceback__
        lines.append((type(e).__name__, tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_frame.f_lineno))
print(lines[:3])
print(all(lines[i] == lines[i % 3] for i in range(30)))


def g():
    return sys._getframe().f_lineno, sys._getframe(1).f_lineno


for _ in range(12):
    r = g()
print(r)

try:
    exec(compile("a = 1\nb = 2\n\nraise OSError('x')\n", "<src>", "exec"))
except OSError as e:
    print([(fs.lineno, fs.name) for fs in traceback.extract_tb(e.__traceback__)])

def gen():
    yield 1
    raise StopIteration


try:
    list(gen())
except RuntimeError as e:
    print(type(e.__cause__).__name__, e.__traceback__.tb_lineno, e.__cause__.__traceback__.tb_lineno)

# A fork while the goal-lowering thread sleeps (start-up not over) and one
# after it has acted: the child runs, allocates past several collections
# and exits with its own status; the parent keeps going.
import os
import sys

from _burn import burn


def churn(rounds):
    s = 0
    for r in range(rounds):
        data = [str(i) * 3 for i in range(5000)]
        s += len(data[-1]) + len({x: r for x in data})
    return s


def child_then_wait(tag, code):
    pid = os.fork()
    if pid == 0:
        burn(0.08)
        s = churn(30)
        os.write(1, ("%s child %d\n" % (tag, s)).encode())
        os._exit(code)
    _, status = os.waitpid(pid, 0)
    print(tag, "child exit", os.waitstatus_to_exitcode(status))


if not hasattr(os, "fork"):
    print("no fork")
    sys.exit(0)
sys.stdout.flush()
child_then_wait("early", 3)
burn(0.1)
print("parent churn", churn(20))
sys.stdout.flush()
child_then_wait("late", 5)
print("parent churn again", churn(10))

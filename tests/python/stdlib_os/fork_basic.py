# os.fork: the child's exit status reaches the parent through waitpid; the
# register_at_fork callbacks run in CPython's order; the child keeps only
# the forking thread; data written by the child arrives through a pipe.
import os, sys, threading, gc, random

order = []
os.register_at_fork(before=lambda: order.append('before1'),
                    after_in_parent=lambda: order.append('parent1'),
                    after_in_child=lambda: order.append('child1'))
os.register_at_fork(before=lambda: order.append('before2'),
                    after_in_parent=lambda: order.append('parent2'),
                    after_in_child=lambda: order.append('child2'))
os.register_at_fork(after_in_child=lambda: order.append('child3'))

for args, exc in [({}, TypeError), ({'before': None}, TypeError), ({'after_in_child': 1}, TypeError)]:
    try:
        os.register_at_fork(**args)
    except exc as e:
        print(type(e).__name__, e)

def child_report():
    lines = [repr(order), str(threading.active_count()),
             str(threading.current_thread() is threading.main_thread())]
    # Allocate enough to run several collections, then use a thread.
    junk = [[i] * 10 for i in range(200000)]
    del junk
    gc.collect()
    out = []
    t = threading.Thread(target=lambda: out.append(sum(range(100))))
    t.start(); t.join()
    lines.append(repr(out))
    return "\n".join(lines) + "\n"

ev = threading.Event()
bg = threading.Thread(target=ev.wait)
bg.start()
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, child_report().encode())
    os._exit(5)
os.close(w)
data = b""
while chunk := os.read(r, 4096):
    data += chunk
os.close(r)
print(data.decode(), end="")
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
print(order)
print(bg.is_alive())
ev.set(); bg.join()

# A child killed by a signal; a nested fork.
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 9)
    os._exit(0)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = os.fork()
if pid == 0:
    pid2 = os.fork()
    if pid2 == 0:
        os._exit(3)
    os._exit(10 + os.waitstatus_to_exitcode(os.waitpid(pid2, 0)[1]))
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

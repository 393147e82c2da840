# A thread that read its CPU clock (time.thread_time) and allocated much
# forks repeatedly; each child allocates (collections) and exits with its
# own status. A forked child of such a thread used to hang now and then at
# its first collection (the runtime's thread-starting helper thread did not
# exist in the child).
import os
import time


def churn(n):
    total = 0
    for i in range(n):
        total += len([str(j) for j in range(200)])
    return total


time.thread_time()
codes = []
for round_ in range(12):
    churn(2000)
    pid = os.fork()
    if pid == 0:
        ok = churn(300) == 300 * 200 and time.thread_time() >= 0
        os._exit(10 + round_ if ok else 1)
    codes.append(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(codes)

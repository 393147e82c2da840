# os.fork from a thread that is not the main one: in the child that thread
# becomes the main thread, the old main thread is stopped, and the child
# ends when its new main thread returns (waiting for threads it started).
import os, sys, threading

main = threading.current_thread()
result = {}

def joining(t):
    t.join()
    os.write(1, b"child: old main joined\n")

def worker():
    r, w = os.pipe()
    pid = os.fork()
    if pid:
        os.close(w)
        data = b""
        while chunk := os.read(r, 1000):
            data += chunk
        result["child"] = data.decode()
        result["status"] = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        return
    os.close(r)
    cur = threading.current_thread()
    lines = [f"{cur is threading.main_thread()} {main.is_alive()} {threading.active_count()}"]
    t = threading.Thread(target=joining, args=(main,))
    t.start()
    t.join()
    lines.append(f"{len(threading.enumerate())}")
    os.write(w, ("\n".join(lines) + "\n").encode())

th = threading.Thread(target=worker)
th.start()
th.join()
print(result["child"], end="")
print(result["status"])

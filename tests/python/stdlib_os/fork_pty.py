# os.forkpty: the child runs in a new session with the terminal as its
# standard streams; the parent reads what it writes through the master.
import os
pid, fd = os.forkpty()
if pid == 0:
    os.write(1, f"child isatty {os.isatty(0)} {os.isatty(1)} {os.getsid(0) == os.getpid()}\n".encode())
    os._exit(0)
out = b""
while True:
    try:
        b = os.read(fd, 1024)
    except OSError:
        break
    if not b:
        break
    out += b
print(out.decode().replace("\r\n", "\n"), end="")
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(fd)

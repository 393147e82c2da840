# a signal handler that raises interrupts a blocking recv and select (PEP 475)
import signal, socket, select

def handler(*args):
    raise InterruptedError("handler ran")

signal.signal(signal.SIGALRM, handler)
a, b = socket.socketpair()
signal.alarm(1)
try:
    a.recv(10)
except InterruptedError as e:
    print("recv:", e)
signal.alarm(1)
try:
    select.select([a], [], [], 30)
except InterruptedError as e:
    print("select:", e)
a.close(); b.close()

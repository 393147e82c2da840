# TCP server and client on 127.0.0.1 with a thread; connect refused; timeouts
import socket, threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, srv.family, srv.type, srv.proto)

log = []

def serve():
    for i in range(2):
        conn, addr = srv.accept()
        with conn:
            log.append(("accepted", addr[0], conn.getsockname()[0] == "127.0.0.1", conn.gettimeout()))
            data = b""
            while not data.endswith(b"\n"):
                chunk = conn.recv(1024)
                if not chunk:
                    break
                data += chunk
            conn.sendall(data.upper() * 1000)

t = threading.Thread(target=serve)
t.start()
for msg in (b"hello\n", b"second line\n"):
    c = socket.create_connection((host, port), timeout=10)
    print(c.getpeername() == (host, port), c.gettimeout())
    c.sendall(msg)
    got = b""
    while True:
        chunk = c.recv(65536)
        if not chunk:
            break
        got += chunk
    print(len(got), got[:12])
    c.close()
t.join()
print(log)

# makefile through socket.py
def serve_file():
    conn, _ = srv.accept()
    with conn, conn.makefile("rwb") as f:
        for line in f:
            f.write(b"> " + line)
            f.flush()
t = threading.Thread(target=serve_file)
t.start()
c = socket.create_connection((host, port))
rf = c.makefile("r", encoding="utf-8", newline="")
wf = c.makefile("w", encoding="utf-8")
for w in ("alpha\n", "beta\n"):
    wf.write(w); wf.flush()
    print(repr(rf.readline()))
wf.close(); c.shutdown(socket.SHUT_WR)
print(repr(rf.read()))
rf.close(); c.close()
t.join()

# accept with a timeout
srv.settimeout(0.1)
try:
    srv.accept()
except TimeoutError as e:
    print("accept", type(e).__name__, e)
srv.close()

# connection refused
s = socket.socket()
try:
    s.connect((host, port))
except ConnectionRefusedError as e:
    print("refused", e.errno, e.strerror)
s.close()
s = socket.socket()
print("connect_ex", s.connect_ex((host, port)))
s.close()
s = socket.socket()
s.settimeout(5)
try:
    s.connect((host, port))
except OSError as e:
    print(type(e).__name__, e.errno)
s.close()

# address errors
s = socket.socket()
for a in ["abc", ("x",), ("127.0.0.1", 70000), ("127.0.0.1", -1), (1, 2), ("127.0.0.1", "80"), ("300.1.1.1", 80)]:
    try:
        s.bind(a)
    except Exception as e:
        print(repr(a), type(e).__name__, e)
s.close()
with socket.socket() as s:
    s.bind(("", 0))
    print(s.getsockname()[0])
print(s.fileno())

# UDP on 127.0.0.1 and ::1
import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b.bind(("127.0.0.1", 0))
print(a.type, a.proto)
print(a.sendto(b"ping", b.getsockname()))
data, addr = b.recvfrom(100)
print(data, addr == a.getsockname())
print(b.sendto(b"pong", 0, addr))
buf = bytearray(10)
n, addr2 = a.recvfrom_into(buf)
print(n, bytes(buf[:n]), addr2 == b.getsockname())
b.connect(a.getsockname())
b.send(b"connected")
print(a.recv(100))
print(b.getpeername() == a.getsockname())
a.close(); b.close()

if socket.has_ipv6:
    try:
        c = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
        c.bind(("::1", 0))
    except OSError as e:
        print("no ipv6")
    else:
        d = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
        d.sendto(b"six", c.getsockname())
        data, addr = c.recvfrom(10)
        print(data, addr[0], len(addr), addr[2:], c.getsockname()[0])
        for bad in ["x", ("::1",), ("::1", 0, 1 << 21)]:
            try:
                d.sendto(b"x", bad)
            except Exception as e:
                print(type(e).__name__, e)
        c.close(); d.close()

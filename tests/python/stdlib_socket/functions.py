# module functions: byte order, inet_*, resolver over /etc files, constants
import socket, _socket

print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
for call in ["socket.htons(-1)", "socket.htons(70000)", "socket.htonl(-1)", "socket.htonl(2**32)",
             "socket.htons(1.0)", "socket.inet_aton('1.2.3')", "socket.inet_aton('x')",
             "socket.inet_aton('0x7f.1')", "socket.inet_aton('1.2.3.4 junk')", "socket.inet_aton('')",
             "socket.inet_aton(b'1.2.3.4')", "socket.inet_ntoa(b'abc')", "socket.inet_ntoa(b'\\x7f\\0\\0\\1')",
             "socket.inet_pton(socket.AF_INET, '1.2.3')", "socket.inet_pton(socket.AF_INET, '10.0.0.1')",
             "socket.inet_pton(socket.AF_INET6, '::g')", "socket.inet_pton(socket.AF_INET6, 'fe80::1:2')",
             "socket.inet_ntop(socket.AF_INET, b'abc')", "socket.inet_ntop(socket.AF_INET6, bytes(range(16)))",
             "socket.inet_ntop(socket.AF_INET6, bytes(10) + b'\\xff\\xff' + bytes([1, 2, 3, 4]))",
             "socket.inet_ntop(socket.AF_INET6, bytes(12) + bytes([1, 2, 3, 4]))",
             "socket.inet_ntop(socket.AF_INET6, bytes(15) + b'\\x01')",
             "socket.inet_ntop(99, b'abc')", "socket.setdefaulttimeout(-1)", "socket.dup(-1)",
             "socket.CMSG_LEN(-1)", "socket.getservbyname('http')", "socket.getservbyname('domain', 'udp')",
             "socket.getservbyport(80)", "socket.getservbyport(53, 'udp')", "socket.getprotobyname('tcp')",
             "socket.getprotobyname('udp')", "socket.getservbyname('nope')", "socket.getservbyport(99999)",
             "socket.getprotobyname('nope')", "socket.gethostbyname('localhost')",
             "socket.gethostbyname_ex('localhost')", "socket.gethostbyaddr('127.0.0.1')",
             "socket.gethostbyname('127.0.0.1')", "socket.gethostbyname('')", "socket.gethostbyname('<broadcast>')",
             "socket.gethostbyname('::1')", "socket.gethostbyaddr('::1')", "socket.gethostbyname('no-such-host.invalid')",
             "socket.getnameinfo(('127.0.0.1', 80), 0)", "socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV)",
             "socket.getnameinfo(('::1', 22, 0, 0), socket.NI_NUMERICHOST)", "socket.getnameinfo(('10.1.1.1', 80), socket.NI_NAMEREQD)",
             "socket.getnameinfo(('10.1.1.1', 80), socket.NI_DGRAM)", "socket.getnameinfo('x', 0)",
             "socket.getnameinfo(('127.0.0.1', 80, 1), 0)", "socket.if_nametoindex('lo')", "socket.if_indextoname(1)",
             "socket.if_nametoindex('nope')", "socket.if_indextoname(-1)"]:
    try:
        print(call, "->", repr(eval(call)))
    except Exception as e:
        print(call, "->", type(e).__name__, e)

def gai(*args, **kw):
    try:
        res = socket.getaddrinfo(*args, **kw)
        print(args, kw, [(int(f), int(t), p, c, a) for f, t, p, c, a in res])
    except Exception as e:
        print(args, kw, type(e).__name__, e)

gai("localhost", 80)
gai(None, 80, flags=socket.AI_PASSIVE)
gai(None, None)
gai("127.0.0.1", None)
gai("127.1", 0)
gai("::1", "http")
gai("localhost", 80, socket.AF_INET6)
gai("127.0.0.1", 80, socket.AF_INET6)
gai("127.0.0.1", 80, socket.AF_UNIX)
gai("localhost", "nosuchservice")
gai("localhost", "domain")
gai("localhost", "domain", type=socket.SOCK_DGRAM)
gai("localhost", 80, proto=6)
gai("localhost", 80, proto=17)
gai("localhost", 80, flags=socket.AI_CANONNAME)
gai("localhost", 80, flags=socket.AI_NUMERICHOST)
gai("localhost", "http", flags=socket.AI_NUMERICSERV)
gai("localhost", 3.5)
gai("localhost", b"80")
gai(b"localhost", "80", type=1)
gai("LOCALHOST", 1, type=1)
gai("", 1, type=1)
gai("127.0.0.1", 1, type=1, flags=socket.AI_CANONNAME)
gai(1, 1)
gai("localhost", 80, 0, 0, 0, 0x10000)
gai("no-such-host.invalid", 80)

print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(socket.getdefaulttimeout(), s.gettimeout(), s.getblocking())
s.close()
socket.setdefaulttimeout(None)

print(issubclass(socket.herror, OSError), issubclass(socket.gaierror, OSError), socket.error is OSError)
print(socket.herror.__module__, socket.gaierror.__name__, _socket.SocketType is _socket.socket)
print(socket.has_ipv6, socket.SOMAXCONN, socket.AF_INET, socket.SOCK_NONBLOCK, socket.SOCK_CLOEXEC)
print(socket.AF_UNIX, socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY)
print(socket.MSG_PEEK, socket.SHUT_RDWR, socket.AI_PASSIVE, socket.NI_NUMERICHOST, socket.EAI_NONAME)
print(repr(socket.AddressFamily.AF_INET6), repr(socket.SocketKind.SOCK_DGRAM))
print(type(socket.gethostname()).__name__)
e = socket.gaierror(-2, "Name or service not known")
print(e.errno, e.strerror, str(e))

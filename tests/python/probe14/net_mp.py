# Sockets, socketserver, selectors, xmlrpc over a local server; multiprocessing pools,
# processes, queues, pipes, managers and shared values.
import multiprocessing as mp, selectors, socket, socketserver, threading
import xmlrpc.client, xmlrpc.server

def square(x):
    return x * x

def doubler(q, n):
    q.put(n * 2)

def shared_work(d, l, v, lock):
    with lock:
        v.value += 1
    d["k"] = "v"
    l.append(2)

def sender(conn):
    conn.send([1, "a", {"b": None}])
    print("child got", conn.recv())
    conn.close()

class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line.upper())

def network():
    srv = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Upper)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    with socket.create_connection(srv.server_address, timeout=5) as c:
        with c.makefile("rwb") as f:
            f.write(b"hello\nworld\n")
            f.flush()
            c.shutdown(socket.SHUT_WR)
            print(f.readline(), f.readline(), f.readline())
    srv.shutdown()
    srv.server_close()
    a, b = socket.socketpair()
    a.sendall(b"x" * 5)
    print(b.recv(10))
    a.close()
    print(b.recv(10))
    b.close()
    u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u1.bind(("127.0.0.1", 0))
    u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u2.sendto(b"datagram", u1.getsockname())
    data, addr = u1.recvfrom(100)
    print(data, addr == u2.getsockname())
    u1.close(); u2.close()
    sel = selectors.DefaultSelector()
    a, b = socket.socketpair()
    sel.register(b, selectors.EVENT_READ, "reader")
    print(sel.select(0))
    a.send(b"z")
    print([(k.data, m == selectors.EVENT_READ) for k, m in sel.select(1)])
    sel.close(); a.close(); b.close()
    try:
        socket.create_connection(("127.0.0.1", 1), timeout=2)
    except ConnectionRefusedError as e:
        print("refused", e.errno)
    print(socket.inet_aton("10.1.2.3"), socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.htons(1), socket.getservbyname("http"))
    rpc = xmlrpc.server.SimpleXMLRPCServer(("127.0.0.1", 0), logRequests=False, allow_none=True)
    rpc.register_function(lambda a, b: a + b, "add")
    rpc.register_introspection_functions()
    threading.Thread(target=rpc.serve_forever, daemon=True).start()
    proxy = xmlrpc.client.ServerProxy(f"http://127.0.0.1:{rpc.server_address[1]}/", allow_none=True)
    print(proxy.add(2, 3), proxy.add("a", "b"), proxy.add([1], [None]), sorted(proxy.system.listMethods()))
    try:
        proxy.nope()
    except xmlrpc.client.Fault as e:
        print("Fault", e.faultCode, e.faultString)
    rpc.shutdown()
    rpc.server_close()
    print(xmlrpc.client.dumps((1, "x", [True]), "m").replace("\n", ""))

def processes():
    with mp.Pool(2) as p:
        print(p.map(square, range(6)), p.apply(square, (7,)), sorted(p.imap_unordered(square, [1, 2])), p.starmap(pow, [(2, 5)]))
        r = p.apply_async(divmod, (17, 5))
        print(r.get(timeout=10), r.successful())
    q = mp.Queue()
    ps = [mp.Process(target=doubler, args=(q, i)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in ps), [p.exitcode for p in ps])
    with mp.Manager() as m:
        d, l = m.dict(), m.list()
        v, lock = mp.Value("i", 40), mp.Lock()
        p = mp.Process(target=shared_work, args=(d, l, v, lock))
        p.start(); p.join()
        print(dict(d), list(l), v.value)
    a, b = mp.Pipe()
    p = mp.Process(target=sender, args=(b,))
    p.start()
    print(a.recv())
    a.send("reply")
    p.join()
    arr = mp.Array("d", [1.5, 2.5])
    print(arr[:], len(arr), mp.current_process().name)
    p = mp.get_context("spawn").Process(target=print, args=("spawned child",))
    p.start(); p.join()
    print(p.exitcode)

if __name__ == "__main__":
    network()
    processes()

# selectors with sockets; asyncio.run, streams over start_server/open_connection
import socket, selectors, asyncio

sel = selectors.DefaultSelector()
a, b = socket.socketpair()
a.setblocking(False); b.setblocking(False)
sel.register(a, selectors.EVENT_READ, "a")
sel.register(b, selectors.EVENT_WRITE, "b")
print([(k.data, ev) for k, ev in sel.select(1)])
b.send(b"x")
print(sorted((k.data, ev) for k, ev in sel.select(1)))
sel.unregister(b)
print(a.recv(1), [(k.data, ev) for k, ev in sel.select(0)])
sel.close(); a.close(); b.close()

async def handle(reader, writer):
    while line := await reader.readline():
        writer.write(b"echo:" + line)
        await writer.drain()
    writer.close()
    await writer.wait_closed()

async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port)
    for msg in (b"one\n", b"two\n"):
        w.write(msg)
        await w.drain()
        print(await r.readline())
    w.close()
    await w.wait_closed()
    server.close()
    await server.wait_closed()

    loop = asyncio.get_running_loop()
    x, y = socket.socketpair()
    x.setblocking(False); y.setblocking(False)
    await loop.sock_sendall(x, b"via loop")
    print(await loop.sock_recv(y, 100))
    x.close(); y.close()

    async def sq(n):
        await asyncio.sleep(0.01)
        return n * n
    print(await asyncio.gather(*(sq(i) for i in range(5))))
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.05)
    except asyncio.TimeoutError as e:
        print("wait_for", type(e).__name__)
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
        await q.put(None)
    async def consumer():
        out = []
        while (item := await q.get()) is not None:
            out.append(item)
        return out
    print((await asyncio.gather(producer(), consumer()))[1])
    return "result"

print(asyncio.run(main()))

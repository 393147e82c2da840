# asyncio over real sockets and pipes: a streams echo server on 127.0.0.1,
# create_subprocess_exec/shell with pipes, gather, wait_for, run_in_executor.
import asyncio, sys
async def handle(r, w):
    while True:
        line = await r.readline()
        if not line: break
        w.write(line.upper())
        await w.drain()
    w.close()
    await w.wait_closed()
async def main():
    srv = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = srv.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port)
    for m in [b'hello\n', b'world\n']:
        w.write(m); await w.drain()
        print(await r.readline())
    w.close(); await w.wait_closed()
    srv.close(); await srv.wait_closed()
    p = await asyncio.create_subprocess_exec(sys.executable, '-c', 'import sys; print(sys.stdin.read().upper())', stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate(b'abc')
    print(out, p.returncode)
    p = await asyncio.create_subprocess_shell('echo hi; exit 3', stdout=asyncio.subprocess.PIPE)
    print(await p.stdout.read(), await p.wait())
    print(await asyncio.gather(asyncio.sleep(0.01, 'a'), asyncio.sleep(0.02, 'b')))
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.05)
    except asyncio.TimeoutError: print('timeout')
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, sum, [1,2,3]))
asyncio.run(main())

# asyncio: a subprocess's output read through the event loop, a signal
# handler added with loop.add_signal_handler waking the loop, and a
# run_in_executor call joined at shutdown.
import asyncio
import os
import signal
import sys


async def main():
    loop = asyncio.get_running_loop()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", "import sys; print('child', sys.argv[1:]); sys.exit(3)", "a",
        stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    print(out.decode().strip(), proc.returncode)

    got = loop.create_future()
    loop.add_signal_handler(signal.SIGUSR1, lambda: got.set_result("usr1"))
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGUSR1)
    print(await asyncio.wait_for(got, 5))
    loop.remove_signal_handler(signal.SIGUSR1)

    r, w = os.pipe()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(r, "rb"))
    loop.call_later(0.05, os.write, w, b"line one\n")
    print(await reader.readline())
    os.close(w)
    print(await reader.read())

    print(await loop.run_in_executor(None, sum, [1, 2, 3]))
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.05)
    except asyncio.TimeoutError:
        print("TimeoutError")


asyncio.run(main())
print("done")

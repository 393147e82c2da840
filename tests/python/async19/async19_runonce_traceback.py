# Tracebacks of exceptions that leave the event loop from a task step and
# from a plain callback: the frames of run_forever, _run_once and
# Handle._run appear with their source lines, as in CPython.
import asyncio
import os
import traceback


def show(e):
    for f in traceback.extract_tb(e.__traceback__):
        print(" ", os.path.basename(f.filename), f.name, f.line)


async def boom():
    await asyncio.sleep(0)
    raise KeyboardInterrupt("k")


def exit_cb():
    raise SystemExit(3)


loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(boom())
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e)
    show(e)
loop.call_soon(exit_cb)
try:
    loop.run_forever()
except SystemExit as e:
    print("SystemExit", e)
    show(e)
loop.set_debug(True)
loop.call_soon(exit_cb)
try:
    loop.run_forever()
except SystemExit as e:
    print("SystemExit debug", e, loop._current_handle)
    show(e)
loop.close()

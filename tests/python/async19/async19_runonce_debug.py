# Debug mode through the loop's iteration: slow callbacks are logged with
# the handle, the current handle is set while a callback runs, and errors
# from callbacks reach the exception handler; then the same loop out of
# debug mode, and a KeyboardInterrupt from a callback leaving the loop.
import asyncio
import logging


class Collect(logging.Handler):
    def emit(self, record):
        msg = record.getMessage()
        print("log:", msg.split(" took ")[0].split("(")[0].split(" at ")[0], "took" in msg)


logger = logging.getLogger("asyncio")
logger.addHandler(Collect())
logger.propagate = False


def current(loop):
    h = loop._current_handle
    print("current handle:", type(h).__name__, h._callback.__name__ if h else None)


async def work():
    await asyncio.sleep(0)
    return 5


def interrupt():
    raise KeyboardInterrupt("stop")


def main():
    loop = asyncio.new_event_loop()
    loop.set_debug(True)
    loop.slow_callback_duration = 0.0
    loop.call_soon(current, loop)
    print(loop.run_until_complete(work()))
    print("after:", loop._current_handle)
    loop.set_exception_handler(lambda l, c: print("handler:", c["message"].split(" at ")[0], repr(c["exception"])))
    loop.call_soon(lambda: 1 / 0)
    loop.slow_callback_duration = 100
    loop.run_until_complete(work())
    loop.set_debug(False)
    loop.call_soon(current, loop)
    loop.call_soon(interrupt)
    try:
        loop.run_forever()
    except KeyboardInterrupt as e:
        print("KeyboardInterrupt", e)
    loop.close()


main()

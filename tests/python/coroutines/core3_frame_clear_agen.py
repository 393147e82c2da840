# traceback.clear_frames on a traceback through an async generator's
# frame (frame.clear closes its generator).
import traceback

async def f():
    yield 1
    yield 2
    raise Exception('aaa')

async def run_list():
    return [i async for i in f()]

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

try:
    run(run_list())
except Exception as e:
    print("raised", e)
    traceback.clear_frames(e.__traceback__)
    print("cleared")

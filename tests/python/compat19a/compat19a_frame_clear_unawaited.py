# frame.clear() releases a finished frame's locals: a coroutine that was
# only a local there (the event loop refused it before wrapping it in a
# task) is destroyed at once and warns "never awaited" inside the
# assertWarns block, as unittest's assertRaises clears the frames of the
# traceback it caught.
import asyncio
import io
import traceback
import unittest
import warnings


def refuse(coro):
    raise RuntimeError("refused")


async def work():
    pass


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        refuse(work())
    except RuntimeError as e:
        tb = e.__traceback__
    traceback.clear_frames(tb)
    print("after clear:", [str(x.message) for x in w])
    del tb


class T(unittest.TestCase):
    def test_nesting(self):
        loop = asyncio.new_event_loop()

        async def coro1():
            await asyncio.sleep(0)

        async def coro2():
            loop.run_until_complete(coro1())

        with self.assertWarnsRegex(RuntimeWarning, r"coroutine \S+ was never awaited"):
            self.assertRaises(RuntimeError, loop.run_until_complete, coro2())
        loop.close()

    def test_recursive_run(self):
        async def g():
            pass

        async def f():
            runner.run(g())

        with asyncio.Runner() as runner:
            with self.assertWarnsRegex(RuntimeWarning, "coroutine .+ was never awaited"):
                with self.assertRaisesRegex(RuntimeError, "cannot be called from a running event loop"):
                    runner.run(f())


suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
r = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print("ran", r.testsRun, "failures", len(r.failures), "errors", len(r.errors))

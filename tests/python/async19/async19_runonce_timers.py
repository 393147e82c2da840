# Timers through the loop's iteration: call_later/call_at order, cancelled
# timers dropped from the heap (the bulk rebuild past 100 timers with most
# cancelled, and one by one at its head), and the timeout given to select.
import asyncio
import selectors

order = []


class RecordingSelector(selectors.DefaultSelector):
    def select(self, timeout=None):
        timeouts.append(timeout if timeout in (None, 0) else "positive")
        return super().select(timeout)


timeouts = []


def main():
    loop = asyncio.SelectorEventLoop(RecordingSelector())
    loop.call_later(0, order.append, "zero")
    now = loop.time()
    for i in (3, 1, 2):
        loop.call_at(now + i * 0.01, order.append, i)
    loop.call_soon(order.append, "soon")
    handles = [loop.call_later(3600 + i, order.append, i) for i in range(150)]
    for h in handles[:120]:
        h.cancel()
    print("scheduled", len(loop._scheduled), "cancelled count", loop._timer_cancelled_count)
    loop.run_until_complete(asyncio.sleep(0.05))
    print(order)
    print("scheduled", len(loop._scheduled), "cancelled count", loop._timer_cancelled_count)
    print("first when > now+3600:", loop._scheduled[0]._when > now + 3600)
    for h in handles[120:]:
        h.cancel()
    first = loop.call_later(0.001, order.append, "last")
    loop.run_until_complete(asyncio.sleep(0.01))
    print(order[-1], "scheduled", len(loop._scheduled), loop._timer_cancelled_count)
    print(all(not h._scheduled for h in handles[:120]))
    print(timeouts[0], "positive" in timeouts, None in timeouts)
    loop.close()


main()

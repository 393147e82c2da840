# time.monotonic, monotonic_ns, perf_counter and clock_gettime(
# CLOCK_MONOTONIC) read the same clock: they never go backwards, agree
# with each other, and advance with time.sleep.
import time

readings = []
for _ in range(1000):
    readings.append(time.monotonic_ns())
print(all(a <= b for a, b in zip(readings, readings[1:])))

a = time.monotonic_ns()
b = time.clock_gettime_ns(time.CLOCK_MONOTONIC)
c = time.perf_counter_ns()
d = time.monotonic_ns()
print(a <= b <= d, a <= c <= d)

m = time.monotonic()
g = time.clock_gettime(time.CLOCK_MONOTONIC)
print(type(m).__name__, abs(g - m) < 1.0)
print(abs(time.monotonic_ns() / 1e9 - time.monotonic()) < 0.5)

start = time.monotonic()
time.sleep(0.02)
print(time.monotonic() - start >= 0.015)

info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, info.implementation)

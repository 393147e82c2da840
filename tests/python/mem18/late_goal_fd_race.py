# The program opens and closes descriptors while the heap goal is lowered
# after start-up (cmd/krait/mem18_lategoal.go). Placing the runtime's
# netpoller holds every low descriptor for a moment; done from another
# goroutine, an os.open meanwhile got 258 instead of the lowest free one.
# The loop allocates little: the first collection is the one the lowered
# goal starts.
import os
import time

lowest = os.open(os.devnull, os.O_RDONLY)
os.close(lowest)
bad = []
opens = 0
end = time.process_time() + 0.25
while time.process_time() < end:
    fd = os.open(os.devnull, os.O_RDONLY)
    opens += 1
    if fd != lowest:
        bad.append(fd)
    os.close(fd)
print("every open got the lowest free descriptor", bad == [], bad[:5])
print("opened many", opens > 100)

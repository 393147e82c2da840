# epoll.poll(0) and selectors' select(0) return at once with what is ready:
# nothing on an idle pipe, the read end once data is written, and the
# write end as writable; a closed epoll object raises.
import os
import select
import selectors

r, w = os.pipe()
ep = select.epoll()
ep.register(r, select.EPOLLIN)
print(ep.poll(0), ep.poll(0, 4), ep.poll(timeout=0.0))
os.write(w, b"x")
print(ep.poll(0) == [(r, select.EPOLLIN)])
ep.register(w, select.EPOLLOUT)
print(sorted(ep.poll(0, 1) + ep.poll(0, 1)) == sorted([(r, select.EPOLLIN), (w, select.EPOLLOUT)]) or len(ep.poll(0, 1)))
print(sorted(ep.poll(0)) == sorted([(r, select.EPOLLIN), (w, select.EPOLLOUT)]))
try:
    ep.poll(0, 0)
except ValueError as e:
    print("ValueError", e)
ep.close()
try:
    ep.poll(0)
except ValueError as e:
    print("ValueError", e)

sel = selectors.EpollSelector()
sel.register(r, selectors.EVENT_READ, "reader")
print([(k.data, ev) for k, ev in sel.select(0)])
os.read(r, 1)
print(sel.select(0), sel.select(timeout=0))
sel.close()
os.close(r)
os.close(w)

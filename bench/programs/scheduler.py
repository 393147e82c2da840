# scheduler: an operating-system style task scheduler in the spirit of the
# classic "richards" benchmark (own design): task control blocks with
# priorities, packets passed between tasks through queues, tasks that hold,
# wait and release each other. Exercises method calls, attribute access and
# small object allocation.
import sys


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1


class Packet:
    __slots__ = ("link", "dest", "kind", "count", "data")

    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, kernel, ident, priority, queue):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is None
        self.next = kernel.tasks
        kernel.tasks = self
        kernel.table[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        p = self.queue
        if p is not None and not self.waiting:
            return None
        if p is not None:
            self.queue = p.link
            self.waiting = False
        return p

    def receive(self, packet):
        """Queues a packet; returns the task to run next."""
        was_empty = self.queue is None
        self.queue = packet.append_to(self.queue)
        if was_empty:
            self.waiting = False
            if self.priority > self.kernel.current.priority:
                return self
        return self.kernel.current


class IdleTask(Task):
    def __init__(self, kernel, ident, priority, count):
        Task.__init__(self, kernel, ident, priority, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.kernel.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.kernel.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.kernel.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.kernel.wait_self()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.dest = self.dest
        packet.count = 0
        for i in range(4):
            self.letter = (self.letter + 1) % 26
            packet.data[i] = self.letter
        return self.kernel.send(packet, self.dest)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue):
        Task.__init__(self, kernel, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            n = work.count
            if n >= 4:
                self.work = work.link
                return self.kernel.send(work, WORKER)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.count = work.data[n]
                work.count = n + 1
                return self.kernel.send(dev, dev.dest)
        return self.kernel.wait_self()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority):
        Task.__init__(self, kernel, ident, priority, None)
        self.pending = None

    def step(self, packet):
        if packet is None:
            p = self.pending
            if p is None:
                return self.kernel.wait_self()
            self.pending = None
            return self.kernel.send(p, HANDLER_A if self.ident == DEVICE_A else HANDLER_B)
        self.pending = packet
        self.kernel.output += packet.count
        return self.kernel.hold_self()


class Kernel:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.switches = 0
        self.sends = 0
        self.output = 0

    def hold_self(self):
        self.current.held = True
        return self.current.next

    def wait_self(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def send(self, packet, ident):
        self.sends += 1
        t = self.table[ident]
        packet.link = None
        packet.dest = self.current.ident
        return t.receive(packet)

    def run(self):
        t = self.tasks
        while t is not None:
            if t.runnable():
                self.current = t
                self.switches += 1
                p = t.take_packet()
                t = t.step(p)
            else:
                t = t.next


def queue_of(n, dest, kind):
    q = None
    for _ in range(n):
        q = Packet(q, dest, kind)
    return q


def run_once(count):
    k = Kernel()
    IdleTask(k, IDLE, 0, count)
    WorkerTask(k, WORKER, 1000, queue_of(2, WORKER, KIND_WORK))
    HandlerTask(k, HANDLER_A, 2000, queue_of(3, DEVICE_A, KIND_DEVICE))
    HandlerTask(k, HANDLER_B, 3000, queue_of(3, DEVICE_B, KIND_DEVICE))
    DeviceTask(k, DEVICE_A, 4000)
    DeviceTask(k, DEVICE_B, 5000)
    k.run()
    return k.switches, k.sends, k.output


def main():
    rounds = size(50, 2)
    totals = [0, 0, 0]
    for r in range(rounds):
        s, q, o = run_once(5000 + r)
        totals[0] += s
        totals[1] += q
        totals[2] += o
    print(*totals)


main()

# Helper for the readline cases: runs a script in a child interpreter on a
# pseudo-terminal, sends each chunk of keys once the child's output shows
# the prompt "@> " again, and returns the lines the child printed that start
# with "OUT " (the rest is terminal drawing, which differs between line
# editors).
import fcntl, os, pty, select, subprocess, sys, termios, time


def _controlling_tty():
    # The child leads a new session whose controlling terminal is the pty,
    # so that Ctrl-C there sends it SIGINT.
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def run(script, chunks, prompt=b"@> ", timeout=20.0):
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-c", script],
                            stdin=slave, stdout=slave, stderr=slave,
                            preexec_fn=_controlling_tty)
    os.close(slave)
    out = bytearray()
    seen = 0
    chunks = list(chunks)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if chunks and out.count(prompt) > seen:
                seen += 1
                time.sleep(0.05)
                os.write(master, chunks.pop(0))
            r, _, _ = select.select([master], [], [], 0.5)
            if not r:
                continue
            try:
                data = os.read(master, 4096)
            except OSError:
                break
            if not data:
                break
            out.extend(data)
    finally:
        proc.kill() if proc.poll() is None else None
        proc.wait()
        os.close(master)
    lines = bytes(out).replace(b"\r", b"").split(b"\n")
    return [l[l.index(b"OUT "):].decode("utf-8", "replace")
            for l in lines if b"OUT " in l]

// This file defines the engine that runs Go's tls.Conn for an _SSLSocket:
// the connection's goroutines read ciphertext from an incoming MemoryBIO
// and write to an outgoing one, and the Python thread waits (without the
// GIL) until an operation finishes or needs input that is not there yet,
// which becomes SSLWantReadError or, over a socket, a recv. Callbacks the
// TLS code needs in Python (the SNI callback) are run by the waiting
// Python thread on the goroutine's behalf.

package ssl

import (
	"crypto/tls"
	"crypto/x509"
	"io"
	"net"
	"sync"
	"time"

	"krait/runtime"
)

// mu guards the buffers of every engine and MemoryBIO. Changes are
// announced on the condition of the engine's incoming BIO (sig), not on
// one shared condition: with many connections each waiting goroutine
// woke at every record of every connection, which took most of the
// process's time when 25 clients waited on one server's handshakes.
var mu sync.Mutex

// sig is the condition (on mu) that announces changes to e's state: its
// incoming BIO's, whose writers (feed, MemoryBIO.write) are the usual
// wakers. mu must be held.
func (e *engine) sig() *sync.Cond { return e.in.signal() }

// The kinds of operation an engine runs; one of each may be pending.
const (
	opHandshake = iota
	opRead
	opWrite
	opShutdown
	nOps
)

// pendingOp is an operation running (or finished) in its goroutine.
type pendingOp struct {
	done bool
	n    int
	err  error
}

// engine is the TLS state of one _SSLSocket.
type engine struct {
	in, out *memoryBIO
	conn    *tls.Conn
	readers int // goroutines waiting in transport.Read for input
	ops     [nOps]*pendingOp
	closed  bool // the owner is gone: readers get EOF
	// verified is the chain the peer's certificate was verified with.
	verified []*x509.Certificate

	// Reads stop at record boundaries, and a socket is read record by
	// record, so that the bytes after the peer's close_notify stay
	// unread (unwrap), as OpenSSL's without read-ahead.
	consumed, fed framer

	cbFn   func() error // a Python callback the TLS goroutine waits on
	cbDone bool
	cbErr  error
}

// run starts an operation of kind k running f unless one is pending, and
// waits until it finishes (p is returned) or needs input (p is nil).
// Callback requests are served on the way.
//
// The wait keeps the GIL for up to gilHold: most operations (a record's
// encryption or decryption) finish in microseconds, and giving the GIL
// away for that long costs a switch interval whenever another thread is
// waiting for it; under a busy event loop beside a server thread, two or
// three such switches per record made every TLS stream ten times slower.
// A longer operation (a handshake's public-key work, or one that waits on
// another thread's operation) releases it, as _ssl.c does for its calls.
func (e *engine) run(k int, f func() (int, error)) *pendingOp {
	mu.Lock()
	p := e.ops[k]
	if p == nil {
		p = &pendingOp{}
		e.ops[k] = p
		go e.exec(p, f)
	}
	w := &gilWait{}
	w.timer = time.AfterFunc(gilHold, func() {
		mu.Lock()
		w.expired = true
		e.sig().Broadcast()
		mu.Unlock()
	})
	defer w.timer.Stop()
	for {
		switch {
		case p.done:
			e.ops[k] = nil
			mu.Unlock()
			w.take()
			return p
		case e.cbFn != nil:
			fn := e.cbFn
			e.cbFn = nil
			mu.Unlock()
			w.take()
			err := fn()
			mu.Lock()
			e.cbErr, e.cbDone = err, true
			e.sig().Broadcast()
			continue
		case (k == opHandshake || k == opRead) && e.readers > 0 && len(e.in.buf) == 0 && !e.in.eof:
			mu.Unlock()
			w.take()
			return nil
		case w.expired && w.reacquire == nil:
			mu.Unlock()
			w.reacquire = runtime.ReleaseGIL()
			mu.Lock()
			continue
		}
		e.sig().Wait()
	}
}

// gilHold is how long run waits for an operation with the GIL held.
const gilHold = time.Millisecond

// gilWait is the GIL state of one run: expired (guarded by mu) is set
// when gilHold has passed, reacquire once the GIL was released.
type gilWait struct {
	timer     *time.Timer
	expired   bool
	reacquire func()
}

// take gets the GIL back if the wait released it; mu must not be held.
func (w *gilWait) take() {
	if w.reacquire != nil {
		w.reacquire()
		w.reacquire = nil
	}
}

func (e *engine) exec(p *pendingOp, f func() (int, error)) {
	n, err := f()
	mu.Lock()
	p.n, p.err, p.done = n, err, true
	e.sig().Broadcast()
	mu.Unlock()
}

// callPython runs fn on the Python thread that drives the engine and
// returns its error; it is called from a TLS goroutine.
func (e *engine) callPython(fn func() error) error {
	mu.Lock()
	defer mu.Unlock()
	e.cbFn, e.cbDone = fn, false
	e.sig().Broadcast()
	for !e.cbDone && !e.closed {
		e.sig().Wait()
	}
	if !e.cbDone {
		return io.EOF
	}
	return e.cbErr
}

// feed adds ciphertext received from the socket; empty data is EOF.
func (e *engine) feed(data []byte) {
	mu.Lock()
	if len(data) == 0 {
		e.in.eof = true
	}
	e.in.buf = append(e.in.buf, data...)
	e.fed.advance(data)
	e.sig().Broadcast()
	mu.Unlock()
}

// wanted is how many bytes the socket should be asked for.
func (e *engine) wanted() int {
	mu.Lock()
	defer mu.Unlock()
	return e.fed.wanted()
}

// takeOutput removes and returns the ciphertext waiting to be sent.
func (e *engine) takeOutput() []byte {
	mu.Lock()
	defer mu.Unlock()
	b := e.out.buf
	e.out.buf = nil
	return b
}

// unsend puts back ciphertext that could not be sent.
func (e *engine) unsend(b []byte) {
	mu.Lock()
	e.out.buf = append(b, e.out.buf...)
	mu.Unlock()
}

// close releases the engine's goroutines.
func (e *engine) close() {
	mu.Lock()
	e.closed = true
	e.sig().Broadcast()
	mu.Unlock()
}

// transport is the net.Conn under the tls.Conn: the engine's BIOs.
type transport struct{ e *engine }

func (t transport) Read(p []byte) (int, error) {
	mu.Lock()
	defer mu.Unlock()
	e := t.e
	for len(e.in.buf) == 0 {
		if e.in.eof || e.closed {
			return 0, io.EOF
		}
		e.readers++
		e.sig().Broadcast()
		e.sig().Wait()
		e.readers--
	}
	if lim := e.consumed.limit(e.in.buf); len(p) > lim {
		p = p[:lim]
	}
	n := copy(p, e.in.buf)
	e.consumed.advance(e.in.buf[:n])
	e.in.buf = e.in.buf[n:]
	if len(e.in.buf) == 0 {
		e.in.buf = nil
	}
	return n, nil
}

// framer follows TLS record framing over a byte stream.
type framer struct {
	hdr  []byte // the part of a record header seen so far
	body int    // bytes left in the current record's body
}

// limit is how many bytes of buf belong to the current record.
func (f *framer) limit(buf []byte) int {
	if f.body > 0 {
		return f.body
	}
	need := 5 - len(f.hdr)
	if len(buf) < need {
		return len(buf)
	}
	h := append(append([]byte(nil), f.hdr...), buf[:need]...)
	return need + (int(h[3])<<8 | int(h[4]))
}

// wanted is how many more bytes end the current header or body.
func (f *framer) wanted() int {
	if f.body > 0 {
		return f.body
	}
	return 5 - len(f.hdr)
}

// advance moves over the bytes b.
func (f *framer) advance(b []byte) {
	for len(b) > 0 {
		if f.body > 0 {
			k := min(f.body, len(b))
			f.body -= k
			b = b[k:]
			continue
		}
		k := min(5-len(f.hdr), len(b))
		f.hdr = append(f.hdr, b[:k]...)
		b = b[k:]
		if len(f.hdr) == 5 {
			f.body = int(f.hdr[3])<<8 | int(f.hdr[4])
			f.hdr = f.hdr[:0]
		}
	}
}

func (t transport) Write(p []byte) (int, error) {
	mu.Lock()
	t.e.out.buf = append(t.e.out.buf, p...)
	t.e.sig().Broadcast()
	mu.Unlock()
	return len(p), nil
}

func (t transport) Close() error                     { return nil }
func (t transport) LocalAddr() net.Addr              { return bioAddr{} }
func (t transport) RemoteAddr() net.Addr             { return bioAddr{} }
func (t transport) SetDeadline(time.Time) error      { return nil }
func (t transport) SetReadDeadline(time.Time) error  { return nil }
func (t transport) SetWriteDeadline(time.Time) error { return nil }

type bioAddr struct{}

func (bioAddr) Network() string { return "memory" }
func (bioAddr) String() string  { return "memory" }

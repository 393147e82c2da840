// This file detects, in a forked child, a goroutine that the clone caught
// running on a thread the child does not have.
//
// Go's exitsyscall switches a goroutine to _Grunning before it has a P
// ("a window where we may be in _Grunning without a P"). A clone taken in
// that window leaves the child a goroutine that is running for ever on a
// vanished thread, and the child's first collection spins in suspendG
// waiting for it to stop. os/signal's goroutine meets this whenever a
// watched signal wakes it: the forkserver's SIGCHLD handler does at every
// child's exit, and one of its children in a few dozen then hung (seen
// with gdb: the mark worker in suspendG on os/signal.loop's goroutine,
// status running, no P). The child cannot repair that, so it asks the
// parent to fork again, as for a vanished lock holder (forkraw.go).

package posix

import (
	"bytes"
	"runtime"
)

// strandBuf holds the child's goroutine dump. It is made in the parent: an
// allocation in a child with a stranded goroutine could start the very
// collection that hangs.
var strandBuf []byte

// strandBufSize is large enough for the headers of a few thousand
// goroutines; a longer dump is checked as far as it goes.
const strandBufSize = 1 << 20

// prepareStrandCheck makes the dump buffer before the clone.
func prepareStrandCheck() {
	if strandBuf == nil {
		strandBuf = make([]byte, strandBufSize)
	}
}

// strandedGoroutine reports whether a goroutine other than the caller's is
// running: in the child, right after the clone and with one P (the
// caller's), any other running goroutine is on a thread that did not
// survive. runtime.Stack stops the world, which needs only the Ps.
func strandedGoroutine() bool {
	n := runtime.Stack(strandBuf, true)
	return otherRunning(strandBuf[:n])
}

// otherRunning reports whether a goroutine dump lists a running goroutine
// after its first (the caller's own) header.
func otherRunning(dump []byte) bool {
	first := true
	for len(dump) > 0 {
		line := dump
		if i := bytes.IndexByte(dump, '\n'); i >= 0 {
			line, dump = dump[:i], dump[i+1:]
		} else {
			dump = nil
		}
		if !bytes.HasPrefix(line, []byte("goroutine ")) {
			continue
		}
		if first {
			first = false
			continue
		}
		if bytes.Contains(line, []byte(" [running")) {
			return true
		}
	}
	return false
}

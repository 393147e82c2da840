// This file defines the finalization registry: what CPython does when a
// file object's reference count drops to zero (flush the text and buffer
// layers, close the descriptor) and at exit (FlushAll). Krait has no
// reference counts, so each FileIO, buffered object and TextIOWrapper is
// registered with a weak pointer to it and strong pointers to the state
// that outlives it (pending bytes, the layer below, the descriptor). Dead
// objects are finalized on the interpreter's thread: when files are
// opened, and at exit. Opening a file that an unreachable writer still
// has unwritten data for first runs the collector, so that
// open(p, 'w').write(s) followed by open(p).read() sees s, as in CPython.

package pyio

import (
	"runtime"
	"syscall"
	"weak"

	rt "krait/runtime"
)

// finalEntry is one registered object.
type finalEntry struct {
	alive   func() bool     // the object is still reachable
	done    func() bool     // the object is closed: nothing left to do
	pending func() *fdState // the descriptor unwritten data waits for, or nil
	flush   func()          // flush a live object at exit
	final   func()          // flush and close a dead object
	atExit  func()          // warn about and close a live object left open at exit
	text    bool            // a text layer (flushed before buffers at exit)
}

var (
	registry      []*finalEntry
	lastSweepSize int
)

func register(e *finalEntry) {
	registry = append(registry, e)
	if len(registry) > 2*lastSweepSize+16 {
		if len(registry) >= gcUnclosed() {
			// Many unclosed files: collect first, so that the ones nothing
			// references are closed as CPython's reference counts would
			// have, and a loop of open(p).read() keeps few descriptors.
			rt.EnsureNetpoll()
			runtime.GC()
		}
		sweep()
	}
}

// gcUnclosed is the number of registered, unclosed file objects from
// which a registration that triggers a sweep runs the collector first: 256,
// or a quarter of the descriptor limit when that is lower.
func gcUnclosed() int {
	var lim syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim) == nil && lim.Cur < 1024 {
		return int(lim.Cur / 4)
	}
	return 256
}

func init() {
	rt.RegisterCollectHook(func() int { return sweep() })
	rt.CloseOnDropHook = isOpen
}

// markCloseOnDrop lets `del f` and `f = None` close v at once when the
// registry is what closes it (not a Python subclass's __del__, which the
// runtime finalizes promptly already; runtime/compat18_dropnone.go).
func markCloseOnDrop(v rt.Value, pyDel bool) {
	if !pyDel {
		rt.MarkCloseOnDrop(v.Type())
	}
}

// isOpen reports whether the file object v is not closed yet.
func isOpen(v rt.Value) bool {
	c, err := rt.GetAttr(v, strClosed)
	if err != nil {
		return false
	}
	closed, _ := rt.IsTrue(c)
	return !closed
}

// sweep finalizes the entries whose objects were collected and drops
// those of closed objects; it returns how many it finalized.
func sweep() int {
	// A new slice, not an in-place filter: flushing may release the GIL,
	// and another thread's open() then sweeps the registry that a loop
	// here or in FlushAll is still reading.
	live := make([]*finalEntry, 0, len(registry))
	var dead []*finalEntry
	for _, e := range registry {
		switch {
		case e.alive():
			if !e.done() {
				live = append(live, e)
			}
		default:
			dead = append(dead, e)
		}
	}
	registry = live
	lastSweepSize = len(live)
	// Text layers first: their pending bytes go to the buffers below.
	for _, text := range []bool{true, false} {
		for _, e := range dead {
			if e.text == text {
				e.final()
			}
		}
	}
	return len(dead)
}

// collectUnclosedWriters runs the collector and finalizes dead writers
// when one of them has unwritten data for the file (dev, ino) being
// opened.
func collectUnclosedWriters(dev, ino uint64) {
	for _, e := range registry {
		if fs := e.pending(); fs != nil && fs.dev == dev && fs.ino == ino && fs.fd >= 0 {
			// A writer local to a function that returned is still held
			// by that frame's dead registers until they are cleared.
			rt.ClearIdleState()
			rt.EnsureNetpoll()
			runtime.GC()
			sweep()
			return
		}
	}
}

// FlushAll is the exit-time finalization: it flushes every live
// TextIOWrapper and buffered writer (text layers first) and flushes and
// closes the ones that were collected, ignoring errors (CPython reports
// them as unraisable). The runtime calls it at exit, after sys.stdout and
// sys.stderr are flushed.
func FlushAll() {
	sweep()
	entries := registry
	for _, text := range []bool{true, false} {
		for _, e := range entries {
			if e.text == text && e.alive() && !e.done() {
				e.flush()
			}
		}
	}
	// CPython frees the objects the modules still hold during shutdown:
	// a file left open warns then ("sys:1: ResourceWarning: unclosed
	// file ..."). The outer layers go first (text, then the others
	// newest first: a buffered object is made after its raw stream);
	// closing them closes the ones below, which then have nothing to say.
	for _, e := range entries {
		if e.text && e.alive() && !e.done() {
			e.atExit()
		}
	}
	for i := len(entries) - 1; i >= 0; i-- {
		if e := entries[i]; !e.text && e.alive() && !e.done() {
			e.atExit()
		}
	}
}

// trackFile registers a FileIO: a collected FileIO closes its descriptor.
func trackFile(f *fileIO) {
	wp := weak.Make(f)
	fs := f.fdState
	pyDel := hasPythonDel(rt.ValueOf(f))
	markCloseOnDrop(rt.ValueOf(f), pyDel)
	register(&finalEntry{
		alive:   func() bool { return wp.Value() != nil },
		done:    func() bool { return fs.fd < 0 },
		pending: func() *fdState { return nil },
		flush:   func() {},
		atExit: func() {
			if f := wp.Value(); f != nil && ownsOpenFd(fs) {
				warnAtExit(rt.ValueOf(f), fs, rt.ValueOf(f))
			}
		},
		final: func() {
			if pyDel {
				return
			}
			if ownsOpenFd(fs) {
				warnUnclosed(fileDesc(fs), fs, rt.Value{})
			}
			if fs.fd >= 0 && fs.closefd {
				syscall.Close(fs.fd)
			}
			fs.fd = -1
		},
	})
}

// rawState returns the descriptor under a raw stream that is a FileIO.
func rawState(raw rt.Value) *fdState {
	if !raw.IsNull() && fileioType != nil && raw.Type() == fileioType {
		return fileioSelf(raw).fdState
	}
	return nil
}

// trackBuffered registers a buffered object: a collected one writes its
// buffer to raw and closes raw.
func trackBuffered(b *buffered) {
	wp := weak.Make(b)
	bs := b.bufState
	typeName := rt.ValueOf(b).Type().Name
	pyDel := hasPythonDel(rt.ValueOf(b))
	markCloseOnDrop(rt.ValueOf(b), pyDel)
	closed := func() bool {
		if bs.released || bs.raw.IsNull() {
			return true
		}
		if fs := rawState(bs.raw); fs != nil {
			return fs.fd < 0
		}
		c, err := rt.GetAttr(bs.raw, strClosed)
		if err != nil {
			return true
		}
		t, _ := rt.IsTrue(c)
		return t
	}
	register(&finalEntry{
		alive: func() bool { return wp.Value() != nil },
		done:  closed,
		pending: func() *fdState {
			if !bs.dirty() {
				return nil
			}
			return rawState(bs.raw)
		},
		flush: func() {
			if b := wp.Value(); b != nil && b.ok && b.dirty() {
				b.flushWrites()
			}
		},
		atExit: func() {
			if fs := rawState(bs.raw); ownsOpenFd(fs) {
				if b := wp.Value(); b != nil {
					warnAtExit(rt.ValueOf(b), fs, bs.raw)
				}
			}
		},
		final: func() {
			if pyDel || closed() {
				return
			}
			if fs := rawState(bs.raw); ownsOpenFd(fs) {
				warnUnclosed(bufferedDesc(typeName, bs.raw), fs, bs.raw)
			}
			bs.flushWrites()
			rt.IOCallMethod(bs.raw, "close")
		},
	})
}

// trackText registers a TextIOWrapper: a collected one writes its pending
// text to the buffer and closes the buffer.
func trackText(t *textIO) {
	wp := weak.Make(t)
	ts := t.textState
	pyDel := hasPythonDel(rt.ValueOf(t))
	markCloseOnDrop(rt.ValueOf(t), pyDel)
	closed := func() bool {
		if ts.released || ts.buffer.IsNull() {
			return true
		}
		c, err := rt.GetAttr(ts.buffer, strClosed)
		if err != nil {
			return true
		}
		b, _ := rt.IsTrue(c)
		return b
	}
	register(&finalEntry{
		text:  true,
		alive: func() bool { return wp.Value() != nil },
		done:  closed,
		pending: func() *fdState {
			if ts.buffer.IsNull() {
				return nil
			}
			if bt := ts.buffer.Type(); bt != bufferedWriterType && bt != bufferedRandomType {
				return nil
			}
			b := bufSelf(ts.buffer)
			if len(ts.pending) == 0 && !b.dirty() {
				return nil
			}
			return rawState(b.raw)
		},
		flush: func() {
			if t := wp.Value(); t != nil && t.ok {
				rt.IOCallMethod(rt.ValueOf(t), "flush")
			}
		},
		atExit: func() {
			if fs := bufferRawState(ts.buffer); ownsOpenFd(fs) {
				if t := wp.Value(); t != nil {
					warnAtExit(rt.ValueOf(t), fs, bufSelf(ts.buffer).raw)
				}
			}
		},
		final: func() {
			if pyDel || closed() {
				return
			}
			if fs := bufferRawState(ts.buffer); ownsOpenFd(fs) {
				warnUnclosed(textDesc(ts), fs, bufSelf(ts.buffer).raw)
			}
			if len(ts.pending) > 0 {
				p := ts.pending
				ts.pending = nil
				rt.IOCallMethod(ts.buffer, "write", rt.NewBytes(p))
			}
			rt.IOCallMethod(ts.buffer, "close")
		},
	})
}

// hasPythonDel reports whether v is an instance of a Python subclass:
// its __del__ (IOBase's, or an override that may call it) runs when it is
// collected and closes it through close(), as CPython's tp_finalize does,
// so the registry leaves it alone.
func hasPythonDel(v rt.Value) bool { return v.Type().Flags&rt.FlagHeapType != 0 }

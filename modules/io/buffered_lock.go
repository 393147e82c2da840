// This file defines the lock of a buffered stream (CPython's
// ENTER_BUFFERED): the buffer's methods release the GIL around raw I/O, so
// two threads using one stream must take turns, and a call re-entering the
// stream on the thread that holds it (a signal handler printing while
// sys.stdout writes) raises RuntimeError instead of corrupting the buffer.

package pyio

import (
	rt "krait/runtime"
)

// bufLock is the lock; the zero value is unlocked (the channel is made on
// first use, under the GIL).
type bufLock struct {
	ch    chan struct{} // capacity one, full while held
	owner *rt.Thread
}

// enter takes the lock for the current thread.
func (l *bufLock) enter(self rt.Value) *rt.Exception {
	th := rt.CurrentThread()
	if l.owner != nil && l.owner == th {
		r, err := rt.Repr(self)
		if err != nil {
			return err
		}
		return rt.NewRuntimeError("reentrant call inside %s", r.S)
	}
	if l.ch == nil {
		l.ch = make(chan struct{}, 1)
	}
	select {
	case l.ch <- struct{}{}:
	default:
		if _, err := rt.AcquireChan(l.ch, -1); err != nil {
			return err
		}
	}
	l.owner = th
	return nil
}

// leave releases the lock.
func (l *bufLock) leave() {
	l.owner = nil
	<-l.ch
}

// lockedBufMethod is bufMethod for the methods that use the buffer: the
// body runs holding the stream's lock.
func lockedBufMethod(fn func(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception)) rt.MethodFunc {
	return bufMethod(func(b *buffered, self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		if err := b.lock.enter(self); err != nil {
			return rt.Value{}, err
		}
		defer b.lock.leave()
		return fn(b, self, a)
	})
}

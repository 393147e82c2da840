// This file defines _thread.lock (LockType): a non-reentrant lock whose
// blocking acquisition releases the GIL and can be interrupted by signals.

package thread

import (
	"fmt"
	"math"
	"sync/atomic"
	"time"

	kr "krait/runtime"
)

// Lock is a _thread.lock: a channel of capacity one, full when locked.
// handoff is set while a release has passed the lock straight to a
// blocked acquirer that has not yet taken the GIL back: a Go channel hands
// it over at once, where CPython's lock is free until the waiter runs, so
// locked() reports it free meanwhile (threading._shutdown asserts on that
// between releasing the main thread's lock and its next statement).
type Lock struct {
	kr.Header
	ch      chan struct{}
	handoff atomic.Bool
	// block is the counter of open lock blocks of the thread whose `with`
	// holds the lock (runtime/fsrv17_lockblock.go), nil outside one.
	block *int32
}

// LockType is _thread.lock.
var LockType *kr.Type

// timeoutMax is _thread.TIMEOUT_MAX in seconds (CPython's PY_TIMEOUT_MAX
// in microseconds, over a million, floored to whole seconds).
const timeoutMax = float64(math.MaxInt64 / 1000 / 1000000) // floored, as CPython does

func init() {
	LockType = kr.NewNativeType(&kr.TypeSpec{Name: "_thread.lock", Methods: lockMethods}, func(t *kr.Type) {
		t.Repr = lock_repr
		t.New = func(tp *kr.Type, args []kr.Value, kwnames []*kr.Str) (kr.Value, *kr.Exception) {
			return kr.Value{}, kr.NewTypeError("cannot create '%s' instances", tp.Name)
		}
	})
}

var lockMethods = []kr.Method{
	{Name: "acquire", Sig: "blocking=, timeout=", Fn: lock_acquire},
	{Name: "acquire_lock", Sig: "blocking=, timeout=", Fn: lock_acquire},
	{Name: "__enter__", Sig: "blocking=, timeout=", Fn: lock_enter},
	{Name: "release", Flags: kr.MethNoArgs, Fn: lock_release},
	{Name: "release_lock", Flags: kr.MethNoArgs, Fn: lock_release},
	{Name: "__exit__", Sig: "*args", Fn: lock_exit},
	{Name: "locked", Flags: kr.MethNoArgs, Fn: lock_locked},
	{Name: "locked_lock", Flags: kr.MethNoArgs, Fn: lock_locked},
	{Name: "_at_fork_reinit", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		l := kr.PtrOf[Lock](self)
		l.ch = make(chan struct{}, 1)
		l.handoff.Store(false)
		l.block = nil
		return kr.None, nil
	}},
}

// newLock returns a new unlocked lock.
func newLock() *Lock {
	l := &Lock{ch: make(chan struct{}, 1)}
	l.SetType(LockType)
	return l
}

// acquireArgs parses acquire(blocking=True, timeout=-1) into a wait
// duration: negative means forever, zero means do not block.
func acquireArgs(a []kr.Value) (time.Duration, *kr.Exception) {
	blocking := true
	if !a[0].IsNull() {
		b, err := kr.IsTrue(a[0])
		if err != nil {
			return 0, err
		}
		blocking = b
	}
	timeout := -1.0
	if !a[1].IsNull() {
		t, err := secondsArg(a[1])
		if err != nil {
			return 0, err
		}
		timeout = t
	}
	if !blocking && timeout != -1 {
		return 0, kr.NewValueError("can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != -1 {
		return 0, kr.NewValueError("timeout value must be positive")
	}
	if !blocking {
		return 0, nil
	}
	if timeout == -1 {
		return -1, nil
	}
	if timeout*1e9 >= math.MaxInt64 {
		return 0, kr.NewOverflowError("timestamp out of range for platform time_t")
	}
	if timeout > timeoutMax {
		return 0, kr.NewOverflowError("timeout value is too large")
	}
	return time.Duration(timeout * 1e9), nil
}

// secondsArg converts a timeout in seconds (int or float).
func secondsArg(v kr.Value) (float64, *kr.Exception) {
	if kr.IsInstance(v, kr.FloatType) {
		// Boxed floats (NaN among them) and subclasses too.
		f, err := kr.FloatAsDouble(v)
		if err != nil {
			return 0, err
		}
		if math.IsNaN(f) {
			return 0, kr.NewValueError("Invalid value NaN (not a number)")
		}
		return f, nil
	}
	i, err := kr.Index(v, "")
	if err != nil {
		return 0, kr.NewTypeError("'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	if !i.IsSmallInt() {
		return 0, kr.NewOverflowError("timestamp too large to convert to C _PyTime_t")
	}
	return float64(i.SmallInt()), nil
}

func lock_acquire(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	d, err := acquireArgs(a)
	if err != nil {
		return kr.Value{}, err
	}
	l := kr.PtrOf[Lock](self)
	got, err := kr.AcquireChan(l.ch, d)
	if err != nil {
		return kr.Value{}, err
	}
	if got {
		l.handoff.Store(false)
	}
	return kr.Bool(got), nil
}

// lock_enter is __enter__: acquire, and count the `with` block, inside
// which the thread's eval breaker runs no finalizers (one taking this lock
// would deadlock). A block left open (its release was a plain release(),
// or a generator suspended in it was dropped) is closed when the lock is
// next entered, so a thread's count never outlives the lock's next use.
func lock_enter(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	got, err := lock_acquire(self, a)
	if err != nil || got != kr.True {
		return got, err
	}
	l := kr.PtrOf[Lock](self)
	kr.ExitLockBlock(l.block)
	l.block = kr.EnterLockBlock()
	return got, nil
}

// lock_exit is __exit__: release, and end the block lock_enter counted.
func lock_exit(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	l := kr.PtrOf[Lock](self)
	res, err := lock_release(self, a)
	if err == nil {
		n := l.block
		l.block = nil
		kr.ExitLockBlock(n)
	}
	return res, err
}

func lock_release(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	if !kr.PtrOf[Lock](self).release() {
		return kr.Value{}, kr.NewRuntimeError("release unlocked lock")
	}
	return kr.None, nil
}

// release unlocks l, reporting whether it was locked.
func (l *Lock) release() bool {
	select {
	case <-l.ch:
		if len(l.ch) == 1 {
			l.handoff.Store(true) // a blocked acquirer took it over
		}
		return true
	default:
		return false
	}
}

func lock_locked(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	return kr.Bool(kr.PtrOf[Lock](self).isLocked()), nil
}

// isLocked is locked() as a CPython program can observe it (see Lock).
func (l *Lock) isLocked() bool { return len(l.ch) == 1 && !l.handoff.Load() }

func lock_repr(v kr.Value) (kr.Value, *kr.Exception) {
	state := "unlocked"
	if kr.PtrOf[Lock](v).isLocked() {
		state = "locked"
	}
	return kr.StrValue(fmt.Sprintf("<%s %s object at %#x>", state, v.Type().Name, v.Ptr())), nil
}

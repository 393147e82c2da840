// This file defines _thread.lock (LockType): a non-reentrant lock whose
// blocking acquisition releases the GIL and can be interrupted by signals.

package thread

import (
	"fmt"
	"math"
	"time"

	kr "krait/runtime"
)

// Lock is a _thread.lock: a channel of capacity one, full when locked.
type Lock struct {
	kr.Header
	ch chan struct{}
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
	{Name: "__enter__", Sig: "blocking=, timeout=", Fn: lock_acquire},
	{Name: "release", Flags: kr.MethNoArgs, Fn: lock_release},
	{Name: "release_lock", Flags: kr.MethNoArgs, Fn: lock_release},
	{Name: "__exit__", Sig: "*args", Fn: lock_release},
	{Name: "locked", Flags: kr.MethNoArgs, Fn: lock_locked},
	{Name: "locked_lock", Flags: kr.MethNoArgs, Fn: lock_locked},
	{Name: "_at_fork_reinit", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		kr.PtrOf[Lock](self).ch = make(chan struct{}, 1)
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
	got, err := kr.AcquireChan(kr.PtrOf[Lock](self).ch, d)
	if err != nil {
		return kr.Value{}, err
	}
	return kr.Bool(got), nil
}

func lock_release(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	select {
	case <-kr.PtrOf[Lock](self).ch:
		return kr.None, nil
	default:
		return kr.Value{}, kr.NewRuntimeError("release unlocked lock")
	}
}

func lock_locked(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	return kr.Bool(len(kr.PtrOf[Lock](self).ch) == 1), nil
}

func lock_repr(v kr.Value) (kr.Value, *kr.Exception) {
	state := "unlocked"
	if len(kr.PtrOf[Lock](v).ch) == 1 {
		state = "locked"
	}
	return kr.StrValue(fmt.Sprintf("<%s %s object at %#x>", state, v.Type().Name, v.Ptr())), nil
}

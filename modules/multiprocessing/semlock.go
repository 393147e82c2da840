// This file defines _multiprocessing.SemLock, the lock and semaphore under
// multiprocessing's Lock, RLock, Semaphore, Condition and Event, with
// CPython's semantics (Modules/_multiprocessing/semaphore.c): a recursive
// mutex or a counting semaphore over a shared named semaphore, remembering
// per process which thread holds it and how many times.

package multiprocessing

import (
	"math"
	"time"

	kr "krait/runtime"
)

const (
	recursiveMutex = 0
	semaphore      = 1
	semValueMax    = math.MaxInt32
)

// SemLock is a _multiprocessing.SemLock object.
type SemLock struct {
	kr.Header
	s        *sem
	kind     int64
	maxvalue int64
	name     kr.Value // None when the name was unlinked at creation
	count    int64    // acquisitions by this process not yet released
	lastTid  int64    // the thread of the last acquisition
}

// SemLockType is _multiprocessing.SemLock.
var SemLockType = kr.NewNativeType(&kr.TypeSpec{Name: "_multiprocessing.SemLock", Flags: kr.FlagBaseType,
	Doc: "Semaphore/Mutex type", Methods: semlockMethods, GetSets: semlockMembers},
	func(t *kr.Type) { t.New = semlock_new })

func init() {
	SemLockType.SetStaticAttr("SEM_VALUE_MAX", kr.Int(semValueMax))
}

var semlockNew = &kr.Method{Name: "SemLock", Sig: "kind, value, maxvalue, name, unlink"}

var semlockMethods = []kr.Method{
	{Name: "acquire", Sig: "block=, timeout=", Fn: semlock_acquire},
	{Name: "release", Flags: kr.MethNoArgs, Fn: semlock_release},
	{Name: "__enter__", Flags: kr.MethNoArgs, Fn: func(self kr.Value, _ []kr.Value) (kr.Value, *kr.Exception) {
		return semlock_acquire(self, []kr.Value{kr.True, kr.None})
	}},
	{Name: "__exit__", Sig: "*args", Fn: semlock_release},
	{Name: "_count", Flags: kr.MethNoArgs, Fn: func(self kr.Value, _ []kr.Value) (kr.Value, *kr.Exception) {
		return kr.Int(semlockOf(self).count), nil
	}},
	{Name: "_is_mine", Flags: kr.MethNoArgs, Fn: func(self kr.Value, _ []kr.Value) (kr.Value, *kr.Exception) {
		return kr.Bool(semlockOf(self).isMine()), nil
	}},
	{Name: "_get_value", Flags: kr.MethNoArgs, Fn: func(self kr.Value, _ []kr.Value) (kr.Value, *kr.Exception) {
		return kr.Int(int64(*semlockOf(self).s.value())), nil
	}},
	{Name: "_is_zero", Flags: kr.MethNoArgs, Fn: func(self kr.Value, _ []kr.Value) (kr.Value, *kr.Exception) {
		return kr.Bool(*semlockOf(self).s.value() == 0), nil
	}},
	{Name: "_after_fork", Flags: kr.MethNoArgs, Fn: func(self kr.Value, _ []kr.Value) (kr.Value, *kr.Exception) {
		semlockOf(self).count = 0
		return kr.None, nil
	}},
	{Name: "_rebuild", Sig: "handle, kind, maxvalue, name, /", Flags: kr.MethClass, Fn: semlock_rebuild},
}

var semlockMembers = []kr.GetSetDef{
	{Name: "handle", Member: true, Get: func(v kr.Value) (kr.Value, *kr.Exception) {
		return kr.Int(int64(semlockOf(v).s.handle())), nil
	}},
	{Name: "kind", Member: true, Get: func(v kr.Value) (kr.Value, *kr.Exception) { return kr.Int(semlockOf(v).kind), nil }},
	{Name: "maxvalue", Member: true, Get: func(v kr.Value) (kr.Value, *kr.Exception) {
		return kr.Int(semlockOf(v).maxvalue), nil
	}},
	{Name: "name", Member: true, Get: func(v kr.Value) (kr.Value, *kr.Exception) { return semlockOf(v).name, nil }},
}

func semlockOf(v kr.Value) *SemLock { return kr.PtrOf[SemLock](v) }

func (l *SemLock) isMine() bool {
	return l.count > 0 && l.lastTid == kr.CurrentThread().Ident()
}

func semlock_new(t *kr.Type, args []kr.Value, kwnames []*kr.Str) (kr.Value, *kr.Exception) {
	a, err := semlockNew.BindClinic(args, kwnames, "SemLock")
	if err != nil {
		return kr.Value{}, err
	}
	n, err := indexArgs(a[:3])
	if err != nil {
		return kr.Value{}, err
	}
	name, ok := a[3].TryStr()
	if !ok {
		return kr.Value{}, kr.NewTypeError("SemLock() argument 'name' must be str, not %s", a[3].Type().Name)
	}
	unlink, err := kr.IsTrue(a[4])
	if err != nil {
		return kr.Value{}, err
	}
	if n[0] != recursiveMutex && n[0] != semaphore {
		return kr.Value{}, kr.NewValueError("unrecognized kind")
	}
	if n[1] < 0 || n[1] > semValueMax {
		return kr.Value{}, kr.NewOSError(22, kr.Value{}, kr.Value{})
	}
	s, gerr := semOpen(name.S, true, uint32(n[1]))
	if gerr != nil {
		return kr.Value{}, kr.NewOSErrorFromGo(gerr, kr.Value{}, kr.Value{})
	}
	l := &SemLock{Header: kr.HeaderFor(t), s: s, kind: n[0], maxvalue: n[2], name: a[3]}
	if unlink {
		if gerr := semUnlink(name.S); gerr != nil {
			return kr.Value{}, kr.NewOSErrorFromGo(gerr, kr.Value{}, kr.Value{})
		}
		l.name = kr.None
	}
	return kr.ValueOf(l), nil
}

// semlock_rebuild recreates a SemLock in a child: by name when it has one
// (spawn), else from the handle inherited through fork.
func semlock_rebuild(cls kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	n, err := indexArgs(a[:3])
	if err != nil {
		return kr.Value{}, err
	}
	var s *sem
	if name, ok := a[3].TryStr(); ok {
		var gerr error
		if s, gerr = semOpen(name.S, false, 0); gerr != nil {
			return kr.Value{}, kr.NewOSErrorFromGo(gerr, kr.Value{}, kr.Value{})
		}
	} else if s = handles[uintptr(n[0])]; s == nil {
		return kr.Value{}, kr.NewOSError(9, kr.Value{}, kr.Value{})
	}
	t := kr.PtrOf[kr.Type](cls)
	l := &SemLock{Header: kr.HeaderFor(t), s: s, kind: n[1], maxvalue: n[2], name: a[3]}
	return kr.ValueOf(l), nil
}

func semlock_acquire(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	l := semlockOf(self)
	block := true
	if !a[0].IsNull() {
		var err *kr.Exception
		if block, err = kr.IsTrue(a[0]); err != nil {
			return kr.Value{}, err
		}
	}
	if l.kind == recursiveMutex && l.isMine() {
		l.count++
		return kr.True, nil
	}
	timeout := time.Duration(-1)
	if !a[1].IsNull() && !a[1].IsNone() {
		secs, err := kr.FloatAsDouble(a[1])
		if err != nil {
			return kr.Value{}, err
		}
		timeout = time.Duration(max(secs, 0) * 1e9)
	}
	got, err := l.s.acquire(block, timeout)
	if err != nil || !got {
		return kr.False, err
	}
	l.count++
	l.lastTid = kr.CurrentThread().Ident()
	return kr.True, nil
}

// waitSlice bounds each wait with the GIL released, so that signal
// handlers (KeyboardInterrupt) run while a process blocks on the lock.
const waitSlice = 20 * time.Millisecond

// acquire takes one unit, waiting up to timeout (forever when negative)
// if block is set.
func (s *sem) acquire(block bool, timeout time.Duration) (bool, *kr.Exception) {
	if s.tryWait() {
		return true, nil
	}
	if !block {
		return false, nil
	}
	deadline := time.Now().Add(timeout)
	for {
		d := waitSlice
		if timeout >= 0 {
			left := time.Until(deadline)
			if left <= 0 {
				return false, nil
			}
			d = min(d, left)
		}
		kr.BlockingCall(func() { s.waitFor(d) })
		if s.tryWait() {
			return true, nil
		}
		if err := kr.CheckEvalBreaker(); err != nil {
			return false, err
		}
	}
}

func semlock_release(self kr.Value, _ []kr.Value) (kr.Value, *kr.Exception) {
	l := semlockOf(self)
	if l.kind == recursiveMutex {
		if !l.isMine() {
			return kr.Value{}, kr.NewException(kr.AssertionErrorType,
				kr.StrValue("attempt to release recursive lock not owned by thread"))
		}
		if l.count > 1 {
			l.count--
			return kr.None, nil
		}
	} else if l.maxvalue == 1 {
		// A binary semaphore that can be taken is already released.
		if l.s.tryWait() {
			l.s.post()
			return kr.Value{}, kr.NewValueError("semaphore or lock released too many times")
		}
	} else if int64(*l.s.value()) >= l.maxvalue {
		return kr.Value{}, kr.NewValueError("semaphore or lock released too many times")
	}
	l.s.post()
	l.count--
	return kr.None, nil
}

// indexArgs converts the C int arguments of SemLock and _rebuild.
func indexArgs(a []kr.Value) ([]int64, *kr.Exception) {
	n := make([]int64, len(a))
	for i, v := range a {
		var err *kr.Exception
		if n[i], err = kr.IndexInt64(v, ""); err != nil {
			return nil, err
		}
	}
	return n, nil
}

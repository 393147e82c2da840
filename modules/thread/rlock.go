// This file defines _thread.RLock: a reentrant lock owned by the thread
// that acquired it, with the private methods threading.Condition uses.

package thread

import (
	"fmt"

	kr "krait/runtime"
)

// RLock is a _thread.RLock. owner and count are only touched by the
// thread holding the GIL; ch is the underlying lock.
type RLock struct {
	kr.Instance
	ch    chan struct{}
	owner int64 // thread ident, 0 when unowned
	count int64
}

// RLockType is _thread.RLock.
var RLockType *kr.Type

func init() {
	RLockType = kr.NewNativeType(&kr.TypeSpec{Name: "_thread.RLock", Flags: kr.FlagBaseType, Methods: rlockMethods},
		func(t *kr.Type) {
			t.New = func(t *kr.Type, args []kr.Value, kwnames []*kr.Str) (kr.Value, *kr.Exception) {
				r := &RLock{ch: make(chan struct{}, 1)}
				kr.InitInstance(&r.Instance, t)
				return kr.ValueOf(r), nil
			}
			t.Repr = rlock_repr
			t.InstAttrs = kr.InstanceAttrs
		})
}

var rlockMethods = []kr.Method{
	{Name: "acquire", Sig: "blocking=, timeout=", Fn: rlock_acquire},
	{Name: "__enter__", Sig: "blocking=, timeout=", Fn: rlock_acquire},
	{Name: "release", Flags: kr.MethNoArgs, Fn: rlock_release},
	{Name: "__exit__", Sig: "*args", Fn: rlock_release},
	{Name: "_is_owned", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		r := kr.PtrOf[RLock](self)
		return kr.Bool(r.count > 0 && r.owner == kr.CurrentThread().Ident()), nil
	}},
	{Name: "_recursion_count", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		r := kr.PtrOf[RLock](self)
		if r.owner == kr.CurrentThread().Ident() {
			return kr.Int(r.count), nil
		}
		return kr.Int(0), nil
	}},
	{Name: "_release_save", Flags: kr.MethNoArgs, Fn: rlock_release_save},
	{Name: "_acquire_restore", Sig: "state, /", Flags: kr.MethO, Fn: rlock_acquire_restore},
	{Name: "_at_fork_reinit", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		r := kr.PtrOf[RLock](self)
		r.ch, r.owner, r.count = make(chan struct{}, 1), 0, 0
		return kr.None, nil
	}},
}

func rlock_acquire(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	d, err := acquireArgs(a)
	if err != nil {
		return kr.Value{}, err
	}
	r := kr.PtrOf[RLock](self)
	me := kr.CurrentThread().Ident()
	if r.count > 0 && r.owner == me {
		r.count++
		return kr.True, nil
	}
	got, err := kr.AcquireChan(r.ch, d)
	if err != nil || !got {
		return kr.False, err
	}
	r.owner, r.count = me, 1
	return kr.True, nil
}

func rlock_release(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	r := kr.PtrOf[RLock](self)
	if r.count == 0 || r.owner != kr.CurrentThread().Ident() {
		return kr.Value{}, kr.NewRuntimeError("cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.owner = 0
		<-r.ch
	}
	return kr.None, nil
}

// rlock_release_save releases the lock completely, returning (count,
// owner) for _acquire_restore (threading.Condition.wait).
func rlock_release_save(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	r := kr.PtrOf[RLock](self)
	if r.count == 0 {
		return kr.Value{}, kr.NewRuntimeError("cannot release un-acquired lock")
	}
	state := kr.TupleValue(kr.Int(r.count), kr.Int(r.owner))
	r.owner, r.count = 0, 0
	<-r.ch
	return state, nil
}

func rlock_acquire_restore(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	t, ok := a[0].TryTuple()
	if !ok || t.Len() != 2 {
		return kr.Value{}, kr.NewTypeError("_acquire_restore() argument 1 must be tuple, not %s", a[0].Type().Name)
	}
	count, err := intOf(t.Items()[0])
	if err != nil {
		return kr.Value{}, err
	}
	owner, err := intOf(t.Items()[1])
	if err != nil {
		return kr.Value{}, err
	}
	r := kr.PtrOf[RLock](self)
	if _, err := kr.AcquireChan(r.ch, -1); err != nil {
		return kr.Value{}, err
	}
	r.owner, r.count = owner, count
	return kr.None, nil
}

// intOf converts an int argument to int64.
func intOf(v kr.Value) (int64, *kr.Exception) {
	i, err := kr.Index(v, "")
	if err != nil {
		return 0, err
	}
	if !i.IsSmallInt() {
		return 0, kr.NewOverflowError("Python int too large to convert to C long")
	}
	return i.SmallInt(), nil
}

func rlock_repr(v kr.Value) (kr.Value, *kr.Exception) {
	r := kr.PtrOf[RLock](v)
	state := "unlocked"
	if r.count > 0 {
		state = "locked"
	}
	return kr.StrValue(fmt.Sprintf("<%s %s object owner=%d count=%d at %#x>", state, v.Type().Name, r.owner, r.count, v.Ptr())), nil
}

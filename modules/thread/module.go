// Package thread is CPython's _thread module: Python threads are
// goroutines that run while holding the GIL (runtime/gil.go); locks are
// channels whose blocking acquisition releases the GIL. Lib/threading.py
// builds Thread, Condition, Event, Semaphore and the rest on it.
package thread

import (
	kr "krait/runtime"
)

// Module is the _thread module.
var Module = &kr.ModuleDef{Name: "_thread", Doc: "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.",
	Methods: []kr.Method{
		{Name: "start_new_thread", Sig: "function, args, kwargs=, /", Flags: kr.MethOld, Fn: thread_start_new_thread},
		{Name: "start_new", Sig: "function, args, kwargs=, /", Flags: kr.MethOld, Fn: thread_start_new_thread},
		{Name: "allocate_lock", Flags: kr.MethNoArgs, Fn: thread_allocate_lock},
		{Name: "allocate", Flags: kr.MethNoArgs, Fn: thread_allocate_lock},
		{Name: "get_ident", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			return kr.Int(kr.CurrentThread().Ident()), nil
		}},
		{Name: "get_native_id", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			return kr.Int(kr.CurrentThread().NativeID()), nil
		}},
		{Name: "_count", Flags: kr.MethNoArgs, Fn: thread__count}, // compat12_count.go
		{Name: "stack_size", Sig: "size=, /", Fn: thread_stack_size},
		{Name: "_set_sentinel", Flags: kr.MethNoArgs, Fn: thread__set_sentinel},
		{Name: "interrupt_main", Sig: "signum=", Fn: thread_interrupt_main},
		{Name: "exit", Flags: kr.MethNoArgs, Fn: thread_exit},
		{Name: "exit_thread", Flags: kr.MethNoArgs, Fn: thread_exit},
		{Name: "_excepthook", Sig: "exc_type, /", Flags: kr.MethO, Fn: thread__excepthook},
	},
	Exec: func(m *kr.Module) *kr.Exception {
		m.SetAttr("LockType", LockType.Value())
		m.SetAttr("RLock", RLockType.Value())
		m.SetAttr("_local", LocalType.Value())
		m.SetAttr("_ExceptHookArgs", ExceptHookArgsType.Value())
		m.SetAttr("error", kr.RuntimeErrorType.Value())
		m.SetAttr("TIMEOUT_MAX", kr.Float(timeoutMax))
		return nil
	}}

// stackSize is the value stack_size() reports (goroutine stacks grow on
// their own, so it changes nothing).
var stackSize int64

// InterruptMain simulates the arrival of signal signum in the main thread
// (_thread.interrupt_main); the signal module sets it.
var InterruptMain = func(signum int64) *kr.Exception { return nil }

func thread_start_new_thread(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	fn := a[0]
	if fn.Type().Call == nil {
		return kr.Value{}, kr.NewTypeError("first arg must be callable")
	}
	t, ok := a[1].TryTuple()
	if !ok {
		return kr.Value{}, kr.NewTypeError("2nd arg must be a tuple")
	}
	args := append([]kr.Value(nil), t.Items()...)
	var kwnames []*kr.Str
	if !a[2].IsNull() {
		d, ok := a[2].TryDict()
		if !ok {
			return kr.Value{}, kr.NewTypeError("optional 3rd arg must be a dictionary")
		}
		for pos := 0; ; {
			k, v, ok := d.Next(&pos)
			if !ok {
				break
			}
			s, isStr := k.TryStr()
			if !isStr {
				return kr.Value{}, kr.NewTypeError("keywords must be strings")
			}
			kwnames = append(kwnames, s)
			args = append(args, v)
		}
	}
	id := kr.StartThread(func() {
		if _, err := kr.Call(fn, args, kwnames); err != nil && !err.Matches(kr.SystemExitType) {
			kr.WriteUnraisable(err, "Exception ignored in thread started by", fn)
		}
	})
	return kr.Int(id), nil
}

func thread_allocate_lock(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	return kr.ValueOf(newLock()), nil
}

func thread_stack_size(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	old := stackSize
	if !a[0].IsNull() {
		n, err := intOf(a[0])
		if err != nil {
			return kr.Value{}, err
		}
		if n != 0 && n < 32768 {
			return kr.Value{}, kr.NewValueError("size not valid: %d bytes", n)
		}
		stackSize = n
	}
	return kr.Int(old), nil
}

// thread__set_sentinel returns a lock that is released, if locked, when
// the current thread ends: threading.Thread acquires it as its
// _tstate_lock, which join waits on.
func thread__set_sentinel(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	l := newLock()
	kr.CurrentThread().AtThreadExit(func() { l.release() })
	return kr.ValueOf(l), nil
}

func thread_interrupt_main(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	signum := int64(2) // SIGINT
	if !a[0].IsNull() {
		n, err := intOf(a[0])
		if err != nil {
			return kr.Value{}, err
		}
		signum = n
	}
	if err := InterruptMain(signum); err != nil {
		return kr.Value{}, err
	}
	return kr.None, nil
}

func thread_exit(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	return kr.Value{}, kr.NewException(kr.SystemExitType)
}

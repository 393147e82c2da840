// Package gc is CPython's gc module over Go's collector (DESIGN.md §7):
// collect() runs Go's garbage collector and then the __del__ methods and
// weakref callbacks it made due. Generations, thresholds and the object
// lists are kept only so that programs using them run: Go's collector is
// not generational and does not list objects.
package gc

import (
	kr "krait/runtime"
)

// The DEBUG_* flags of gc.set_debug.
const (
	debugStats         = 1
	debugCollectable   = 2
	debugUncollectable = 4
	debugSaveAll       = 32
	debugLeak          = debugCollectable | debugUncollectable | debugSaveAll
)

// state is the module's settings (guarded by the GIL).
var state = struct {
	enabled    bool
	debug      int64
	thresholds [3]int64
	frozen     bool
	callbacks  kr.Value // gc.callbacks, the list
	garbage    kr.Value // gc.garbage
}{enabled: true, thresholds: [3]int64{700, 10, 10}}

// Module is the gc module.
var Module = &kr.ModuleDef{Name: "gc", Doc: "This module provides access to the garbage collector for reference cycles.",
	Methods: []kr.Method{
		{Name: "enable", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			state.enabled = true
			return kr.None, nil
		}},
		{Name: "disable", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			state.enabled = false
			return kr.None, nil
		}},
		{Name: "isenabled", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			return kr.Bool(state.enabled), nil
		}},
		{Name: "collect", Sig: "generation=", Fn: gc_collect},
		{Name: "get_count", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			return kr.TupleValue(kr.Int(0), kr.Int(0), kr.Int(0)), nil
		}},
		{Name: "get_threshold", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			t := state.thresholds
			return kr.TupleValue(kr.Int(t[0]), kr.Int(t[1]), kr.Int(t[2])), nil
		}},
		{Name: "set_threshold", Sig: "threshold0, threshold1=, threshold2=, /", Flags: kr.MethOld, Fn: gc_set_threshold},
		{Name: "get_debug", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			return kr.Int(state.debug), nil
		}},
		{Name: "set_debug", Sig: "flags, /", Flags: kr.MethO, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			n, err := intArg(a[0])
			if err != nil {
				return kr.Value{}, err
			}
			state.debug = n
			return kr.None, nil
		}},
		{Name: "get_objects", Sig: "generation=", Fn: gc_get_objects},
		{Name: "get_stats", Flags: kr.MethNoArgs, Fn: gc_get_stats},
		{Name: "get_referrers", Sig: "*objs", Fn: gc_get_referrers},
		{Name: "get_referents", Sig: "*objs", Fn: gc_get_referents},
		{Name: "is_tracked", Sig: "obj, /", Flags: kr.MethO, Fn: gc_is_tracked},
		{Name: "is_finalized", Sig: "obj, /", Flags: kr.MethO, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			return kr.Bool(kr.IsFinalized(a[0])), nil
		}},
		{Name: "freeze", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			state.frozen = true
			frozenCount += len(kr.TrackedObjects())
			return kr.None, nil
		}},
		{Name: "unfreeze", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			state.frozen = false
			frozenCount = 0
			return kr.None, nil
		}},
		{Name: "get_freeze_count", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
			return kr.Int(int64(frozenCount)), nil
		}},
	},
	Exec: func(m *kr.Module) *kr.Exception {
		if state.callbacks.IsNull() {
			state.callbacks = kr.NewList(nil)
			state.garbage = kr.NewList(nil)
		}
		m.SetAttr("callbacks", state.callbacks)
		m.SetAttr("garbage", state.garbage)
		for name, v := range map[string]int64{"DEBUG_STATS": debugStats, "DEBUG_COLLECTABLE": debugCollectable,
			"DEBUG_UNCOLLECTABLE": debugUncollectable, "DEBUG_SAVEALL": debugSaveAll, "DEBUG_LEAK": debugLeak} {
			m.SetAttr(name, kr.Int(v))
		}
		return nil
	}}

// intArg converts an int argument (an index) to int64.
func intArg(v kr.Value) (int64, *kr.Exception) {
	if v.IsSmallInt() {
		return v.SmallInt(), nil
	}
	if v.Type() == kr.FloatType {
		return 0, kr.NewTypeError("'float' object cannot be interpreted as an integer")
	}
	i, err := kr.Index(v, "")
	if err != nil {
		return 0, err
	}
	if !i.IsSmallInt() {
		return 0, kr.NewOverflowError("Python int too large to convert to C long")
	}
	return i.SmallInt(), nil
}

func gc_collect(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	g := int64(2)
	if !a[0].IsNull() {
		var err *kr.Exception
		if g, err = intArg(a[0]); err != nil {
			return kr.Value{}, err
		}
		if g < 0 || g > 2 {
			return kr.Value{}, kr.NewValueError("invalid generation")
		}
	}
	if err := runCallbacks("start", g, 0); err != nil {
		return kr.Value{}, err
	}
	n := kr.CollectGeneration(int(g))
	noteCollect(int(g), n) // gc_gens.go
	if err := runCallbacks("stop", g, n); err != nil {
		return kr.Value{}, err
	}
	return kr.Int(int64(n)), nil
}

// runCallbacks calls each of gc.callbacks with (phase, info), info
// naming the generation gc.collect was asked for.
func runCallbacks(phase string, generation int64, collected int) *kr.Exception {
	if state.callbacks.IsNull() {
		return nil
	}
	n, err := kr.Len(state.callbacks)
	if err != nil || n == 0 {
		return err
	}
	info := kr.NewDict()
	info.SetStr(kr.Intern("generation"), kr.Int(generation))
	info.SetStr(kr.Intern("collected"), kr.Int(int64(collected)))
	info.SetStr(kr.Intern("uncollectable"), kr.Int(0))
	for i := 0; i < n; i++ {
		cb, err := kr.GetItem(state.callbacks, kr.Int(int64(i)))
		if err != nil {
			return err
		}
		if _, err := kr.Call(cb, []kr.Value{kr.StrValue(phase), info.Value()}, nil); err != nil {
			kr.WriteUnraisable(err, "", cb)
		}
	}
	return nil
}

func gc_set_threshold(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	for i := 0; i < 3; i++ {
		if a[i].IsNull() {
			continue
		}
		n, err := intArg(a[i])
		if err != nil {
			return kr.Value{}, err
		}
		state.thresholds[i] = n
	}
	return kr.None, nil
}

func gc_get_stats(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	items := make([]kr.Value, 3)
	for i := range items {
		d := kr.NewDict()
		d.SetStr(kr.Intern("collections"), kr.Int(genStats[i].collections))
		d.SetStr(kr.Intern("collected"), kr.Int(genStats[i].collected))
		d.SetStr(kr.Intern("uncollectable"), kr.Int(0))
		items[i] = d.Value()
	}
	return kr.NewList(items), nil
}

// gc_is_tracked follows CPython: atoms (None, numbers, strings, bytes),
// code objects and static types are not tracked; dicts holding only atoms
// and the empty tuple are not either.
func gc_is_tracked(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	return kr.Bool(kr.IsTracked(a[0])), nil
}

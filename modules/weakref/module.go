// Package weakref is CPython's _weakref module: weak references built on
// Go's weak pointers, with callbacks queued by a Go cleanup and run on the
// interpreter thread (runtime.AddPendingCall). Lib/weakref.py and
// Lib/_weakrefset.py build WeakValueDictionary, WeakSet and finalize on it.
package weakref

import (
	kr "krait/runtime"
)

// Module is the _weakref module.
var Module = &kr.ModuleDef{Name: "_weakref", Doc: "Weak-reference support module.",
	Methods: []kr.Method{
		{Name: "getweakrefcount", Sig: "object, /", Flags: kr.MethO, Fn: weakref_getweakrefcount,
			Doc: "Return the number of weak references to 'object'."},
		{Name: "getweakrefs", Sig: "object, /", Flags: kr.MethO, Fn: weakref_getweakrefs,
			Doc: "Return a list of all weak reference objects pointing to 'object'."},
		{Name: "proxy", Sig: "object, callback=, /", Fn: weakref_proxy,
			Doc: "Create a proxy object that weakly references 'object'."},
		{Name: "_remove_dead_weakref", Sig: "dct, key, /", Fn: weakref__remove_dead_weakref,
			Doc: "Atomically remove key from dict if it points to a dead weakref."},
	},
	Exec: func(m *kr.Module) *kr.Exception {
		m.SetAttr("ref", ReferenceType.Value())
		m.SetAttr("ReferenceType", ReferenceType.Value())
		m.SetAttr("ProxyType", ProxyType.Value())
		m.SetAttr("CallableProxyType", CallableProxyType.Value())
		return nil
	}}

func init() {
	kr.WeakrefListHook = func(v kr.Value) kr.Value {
		if refs := liveRefs(v); len(refs) > 0 {
			return kr.ValueOf(refs[0])
		}
		return kr.None
	}
}

// liveRefs returns the weak references to ob that are alive.
func liveRefs(ob kr.Value) []*Ref {
	if !ob.Type().SupportsWeakrefs() {
		return nil
	}
	ent := lookupReferent(ob, false)
	if ent == nil {
		return nil
	}
	return ent.live()
}

func weakref_getweakrefcount(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	return kr.Int(int64(len(liveRefs(a[0])))), nil
}

func weakref_getweakrefs(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	refs := liveRefs(a[0])
	items := make([]kr.Value, len(refs))
	for i, r := range refs {
		items[i] = kr.ValueOf(r)
	}
	return kr.NewList(items), nil
}

func weakref_proxy(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	cb := a[1]
	if cb.IsNull() || cb.IsNone() {
		cb = kr.Value{}
	}
	return newProxy(a[0], cb)
}

func weakref__remove_dead_weakref(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	d, ok := a[0].TryDict()
	if !ok {
		return kr.Value{}, kr.NewTypeError("_remove_dead_weakref() argument 1 must be dict, not %s", a[0].Type().Name)
	}
	v, found, err := d.GetItem(a[1])
	if err != nil {
		return kr.Value{}, err
	}
	if found && kr.IsInstance(v, ReferenceType) && asRef(v).get().IsNull() {
		if _, _, err := d.DelItem(a[1]); err != nil {
			return kr.Value{}, err
		}
	}
	return kr.None, nil
}

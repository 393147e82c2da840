// This file defines weakref.ReferenceType (_weakref.ref): a callable that
// returns its object while it lives and None after, hashing and comparing
// as its object.

package weakref

import (
	"fmt"

	kr "krait/runtime"
)

// Ref is a weak reference or a weak proxy. It embeds Instance so that
// Python subclasses (weakref.KeyedRef) can have __slots__ and a __dict__.
type Ref struct {
	kr.Instance
	ent      *referent
	callback kr.Value // null when none, and once called
	epoch    uint64   // the tracing epoch when it was made (kr.CallInEpoch)
	hash     int64
	hashed   bool
	proxy    bool
}

// ReferenceType is weakref.ReferenceType (_weakref.ref).
var ReferenceType *kr.Type

func init() {
	ReferenceType = kr.NewNativeType(&kr.TypeSpec{Name: "weakref.ReferenceType", Flags: kr.FlagBaseType,
		GetSets: []kr.GetSetDef{{Name: "__callback__", Get: ref_callback}},
		Methods: []kr.Method{{Name: "__class_getitem__", Flags: kr.MethO | kr.MethClass, Fn: ref_class_getitem}},
	}, func(t *kr.Type) {
		t.New = ref_new
		t.Init = ref_init
		t.Call = ref_call
		t.Hash = ref_hash
		t.RichCompare = ref_richcompare
		t.Repr = ref_repr
		t.InstAttrs = kr.InstanceAttrs
	})
}

// get returns the object r refers to, or the null Value once it died.
func (r *Ref) get() kr.Value {
	if r.ent == nil {
		return kr.Value{}
	}
	return r.ent.value()
}

// asRef returns the Ref behind v (a ref, a subclass instance or a proxy).
func asRef(v kr.Value) *Ref { return kr.PtrOf[Ref](v) }

// unpackRefArgs checks the (ob, callback=None) arguments of ref() and
// proxy(), which take no keywords.
func unpackRefArgs(fname, kwname string, args []kr.Value, kwnames []*kr.Str) (ob, callback kr.Value, err *kr.Exception) {
	if len(kwnames) > 0 {
		return ob, callback, kr.NewTypeError("%s() takes no keyword arguments", kwname)
	}
	switch {
	case len(args) < 1:
		return ob, callback, kr.NewTypeError("%s expected at least 1 argument, got %d", fname, len(args))
	case len(args) > 2:
		return ob, callback, kr.NewTypeError("%s expected at most 2 arguments, got %d", fname, len(args))
	}
	ob = args[0]
	if len(args) == 2 && !args[1].IsNone() {
		callback = args[1]
	}
	return ob, callback, nil
}

func ref_new(t *kr.Type, args []kr.Value, kwnames []*kr.Str) (kr.Value, *kr.Exception) {
	// CPython's __new__ ignores keywords (a subclass's __init__ may take
	// some); ref.__init__ rejects them.
	args = args[:len(args)-len(kwnames)]
	ob, callback, err := unpackRefArgs("__new__", "ref", args, nil)
	if err != nil {
		return kr.Value{}, err
	}
	return newRef(t, ob, callback, false)
}

// newRef returns a weak reference (or proxy) of type t to ob, sharing the
// basic one when there is no callback, as CPython does.
func newRef(t *kr.Type, ob, callback kr.Value, proxy bool) (kr.Value, *kr.Exception) {
	if !ob.Type().SupportsWeakrefs() {
		return kr.Value{}, kr.NewTypeError("cannot create weak reference to '%s' object", ob.Type().Name)
	}
	ent := lookupReferent(ob, true)
	basic := callback.IsNull() && (t == ReferenceType || proxy)
	if basic {
		registryMu.Lock()
		w := ent.basicRef
		if proxy {
			w = ent.basicProxy
		}
		old := w.Value()
		registryMu.Unlock()
		if old != nil && kr.ValueOf(old).Type() == t {
			return kr.ValueOf(old), nil
		}
	}
	r := &Ref{ent: ent, callback: callback, proxy: proxy, epoch: kr.TraceEpoch()}
	kr.InitInstance(&r.Instance, t)
	ent.add(r, basic)
	return kr.ValueOf(r), nil
}

func ref_init(self kr.Value, args []kr.Value, kwnames []*kr.Str) *kr.Exception {
	_, _, err := unpackRefArgs("__init__", "ref", args, kwnames)
	return err
}

func ref_call(callable kr.Value, args []kr.Value, kwnames []*kr.Str) (kr.Value, *kr.Exception) {
	if len(kwnames) > 0 {
		return kr.Value{}, kr.NewTypeError("weakref() takes no keyword arguments")
	}
	if len(args) > 0 {
		return kr.Value{}, kr.NewTypeError("weakref expected 0 arguments, got %d", len(args))
	}
	if v := asRef(callable).get(); !v.IsNull() {
		return v, nil
	}
	return kr.None, nil
}

func ref_callback(v kr.Value) (kr.Value, *kr.Exception) {
	r := asRef(v)
	if r.callback.IsNull() || r.get().IsNull() {
		return kr.None, nil
	}
	return r.callback, nil
}

func ref_hash(v kr.Value) (int64, *kr.Exception) {
	r := asRef(v)
	if r.hashed {
		return r.hash, nil
	}
	ob := r.get()
	if ob.IsNull() {
		return -1, kr.NewTypeError("weak object has gone away")
	}
	h, err := kr.Hash(ob)
	if err != nil {
		return -1, err
	}
	r.hash, r.hashed = h, true
	return h, nil
}

// ref_richcompare compares the objects while both live, else identity.
func ref_richcompare(v, w kr.Value, op kr.CompareOp) (kr.Value, *kr.Exception) {
	if (op != kr.Eq && op != kr.Ne) || !kr.IsInstance(v, ReferenceType) || !kr.IsInstance(w, ReferenceType) {
		return kr.NotImplemented, nil
	}
	a, b := asRef(v).get(), asRef(w).get()
	if a.IsNull() || b.IsNull() {
		same := v.Is(w)
		return kr.Bool(same == (op == kr.Eq)), nil
	}
	return kr.RichCompare(a, b, op)
}

func ref_repr(v kr.Value) (kr.Value, *kr.Exception) {
	r := asRef(v)
	ob := r.get()
	if ob.IsNull() {
		return kr.StrValue(fmt.Sprintf("<weakref at %#x; dead>", v.Ptr())), nil
	}
	s := fmt.Sprintf("<weakref at %#x; to '%s' at %#x", v.Ptr(), ob.Type().Name, ob.Ptr())
	if name, ok := specialName(ob); ok {
		s += " (" + name + ")"
	}
	return kr.StrValue(s + ">"), nil
}

// specialName is __name__ looked up on the object's type, as CPython's
// _PyObject_LookupSpecial: a function's or a class's name, not an
// instance attribute.
func specialName(ob kr.Value) (string, bool) {
	d := ob.Type().Lookup(kr.Intern("__name__"))
	if d.IsNull() {
		return "", false
	}
	if get := d.Type().DescrGet; get != nil {
		v, err := get(d, ob, ob.Type())
		if err != nil {
			return "", false
		}
		d = v
	}
	if s, ok := d.TryStr(); ok {
		return s.S, true
	}
	return "", false
}

func ref_class_getitem(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	return kr.ClassGetItem(self, a)
}

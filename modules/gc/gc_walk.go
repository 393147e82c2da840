// This file defines gc.get_objects, gc.get_referrers and
// gc.get_referents over the runtime's object traversal (runtime/gcwalk*.go).

package gc

import kr "krait/runtime"

// gc_get_objects is gc.get_objects(generation=None).
func gc_get_objects(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	if !a[0].IsNull() && !a[0].IsNone() {
		g, err := intArg(a[0])
		if err != nil {
			return kr.Value{}, err
		}
		if err := kr.Audit("gc.get_objects", kr.Int(int64(g))); err != nil {
			return kr.Value{}, err
		}
		if g >= 3 {
			return kr.Value{}, kr.NewValueError("generation parameter must be less than the number of available generations (3)")
		}
		if g < 0 {
			return kr.Value{}, kr.NewValueError("generation parameter cannot be negative")
		}
		return kr.NewList(objectsOfGeneration(int(g))), nil // gc_gens.go
	} else if err := kr.Audit("gc.get_objects", kr.Int(-1)); err != nil {
		return kr.Value{}, err
	}
	return kr.NewList(kr.TrackedObjects()), nil
}

// gc_get_referrers is gc.get_referrers(*objs).
func gc_get_referrers(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	if err := kr.Audit("gc.get_referrers", a[0]); err != nil {
		return kr.Value{}, err
	}
	objs, _ := a[0].TryTuple()
	return kr.NewList(kr.Referrers(objs.Items(), a[0])), nil
}

// gc_get_referents is gc.get_referents(*objs).
func gc_get_referents(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	if err := kr.Audit("gc.get_referents", a[0]); err != nil {
		return kr.Value{}, err
	}
	objs, _ := a[0].TryTuple()
	var out []kr.Value
	for _, o := range objs.Items() {
		kr.Referents(o, func(x kr.Value) { out = append(out, x) })
	}
	return kr.NewList(out), nil
}

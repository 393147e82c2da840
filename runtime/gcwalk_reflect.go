// This file defines the reflection fallback of the object traversal behind
// gc.get_referents and gc.get_referrers (gcwalk.go): for a builtin type
// without a hand-written traverse, the Go struct its instances use is
// registered once, and the walk reads every Value and object pointer in
// its fields. A Value is a raw pointer, so nothing else can say what Go
// struct sits behind one; that is why the layout must be registered.
//
// This is one of the few files outside value.go and object.go that uses
// unsafe: reflect cannot read unexported fields otherwise.

package runtime

import (
	"reflect"
	"sync"
	"unsafe"
)

var (
	goLayoutsMu sync.Mutex
	// goLayouts maps a builtin type to the Go struct of its instances.
	goLayouts = map[*Type]reflect.Type{}
	// mayHoldCache memoizes mayHold per Go type.
	mayHoldCache = map[reflect.Type]bool{}
)

var (
	valueRT  = reflect.TypeFor[Value]()
	headerRT = reflect.TypeFor[Header]()
	// threadRT is a thread's state: a root of its own (visitThreadRoots),
	// never walked from an object that names the thread (a lock's owner, a
	// threading.local's per-thread key). Walking it from there made every
	// register of the main thread, stale ones included, look held by any
	// threading.local, so cycles with __del__ (an asyncio Future and its
	// exception's traceback) were never found unreachable and leaked.
	threadRT = reflect.TypeFor[Thread]()
)

// RegisterGoLayout records that instances of each of types (builtin types
// and their Python subclasses) are Go structs T, so that gc.get_referents
// and gc.get_referrers see the objects they hold. T must start with a
// Header, directly or through an embedded object struct.
func RegisterGoLayout[T any](types ...*Type) {
	rt := reflect.TypeFor[T]()
	if !isObjectStruct(rt) {
		panic("krait: RegisterGoLayout of " + rt.String() + ", which does not start with a Header")
	}
	goLayoutsMu.Lock()
	for _, t := range types {
		goLayouts[t] = rt
	}
	goLayoutsMu.Unlock()
}

// goLayoutOf returns the registered Go struct of t's instances, looking
// through the bases (a native subclass embeds its base's struct first).
func goLayoutOf(t *Type) reflect.Type {
	goLayoutsMu.Lock()
	defer goLayoutsMu.Unlock()
	for ; t != nil; t = t.Base {
		if rt, ok := goLayouts[t]; ok {
			return rt
		}
	}
	return nil
}

// isObjectStruct reports whether rt is the struct of a Python object: its
// first field is Header or an embedded object struct.
func isObjectStruct(rt reflect.Type) bool {
	for rt.Kind() == reflect.Struct && rt.NumField() > 0 {
		f := rt.Field(0)
		if f.Type == headerRT {
			return true
		}
		if !f.Anonymous || f.Offset != 0 {
			return false
		}
		rt = f.Type
	}
	return false
}

// mayHold reports whether a value of Go type rt can contain a Value or an
// object pointer, so the walk can skip plain data. The caller holds
// goLayoutsMu.
func mayHold(rt reflect.Type) bool {
	if r, ok := mayHoldCache[rt]; ok {
		return r
	}
	if rt == threadRT {
		mayHoldCache[rt] = false
		return false
	}
	mayHoldCache[rt] = true // a recursive type: assume yes while computing
	r := false
	switch rt.Kind() {
	case reflect.Struct:
		if rt == valueRT {
			r = true
			break
		}
		for i := 0; i < rt.NumField(); i++ {
			if rt.Field(i).Type != headerRT && mayHold(rt.Field(i).Type) {
				r = true
				break
			}
		}
	case reflect.Pointer:
		r = isObjectStruct(rt.Elem()) || mayHold(rt.Elem())
	case reflect.Slice, reflect.Array:
		r = mayHold(rt.Elem())
	case reflect.Map:
		r = mayHold(rt.Key()) || mayHold(rt.Elem())
	case reflect.Interface:
		r = true
	}
	mayHoldCache[rt] = r
	return r
}

// reflectWalker walks the Go data of one object.
type reflectWalker struct {
	visit func(Value)
	seen  map[unsafe.Pointer]bool // non-object structs already walked (cycles)
}

// traverseReflect visits the Values and object pointers in the fields of
// v's Go struct rt, not following pointers to other objects.
func traverseReflect(v Value, rt reflect.Type, visit func(Value)) {
	w := reflectWalker{visit: visit}
	goLayoutsMu.Lock()
	defer goLayoutsMu.Unlock()
	w.object(reflect.NewAt(rt, v.p).Elem())
}

// object walks the fields of an object struct, skipping its Header (the
// type is reported by the caller where CPython reports it).
func (w *reflectWalker) object(rv reflect.Value) {
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		switch {
		case f.Type == headerRT:
		case i == 0 && f.Anonymous && isObjectStruct(f.Type):
			w.object(rv.Field(0)) // the embedded base object is this object
		default:
			w.walk(rv.Field(i), 0)
		}
	}
}

// maxReflectDepth bounds how deep the walk follows non-object pointers.
const maxReflectDepth = 6

// walk visits what the addressable value rv holds.
func (w *reflectWalker) walk(rv reflect.Value, depth int) {
	rt := rv.Type()
	if !mayHold(rt) {
		return
	}
	switch rt.Kind() {
	case reflect.Struct:
		if rt == valueRT {
			if x := *(*Value)(unsafe.Pointer(rv.UnsafeAddr())); !x.IsNull() {
				w.visit(x)
			}
			return
		}
		for i := 0; i < rt.NumField(); i++ {
			w.walk(rv.Field(i), depth)
		}
	case reflect.Pointer:
		w.pointer(rv.UnsafePointer(), rt.Elem(), depth)
	case reflect.Slice, reflect.Array:
		for i := 0; i < rv.Len(); i++ {
			w.walk(rv.Index(i), depth)
		}
	case reflect.Interface:
		if rv.IsNil() {
			return
		}
		e := rv.Elem()
		if e.Kind() == reflect.Pointer {
			w.pointer(e.UnsafePointer(), e.Type().Elem(), depth)
		}
	case reflect.Map:
		// Map entries are not addressable: only pointer entries are read.
		it := rv.MapRange()
		for it.Next() {
			for _, x := range [2]reflect.Value{it.Key(), it.Value()} {
				if x.Kind() == reflect.Pointer {
					w.pointer(x.UnsafePointer(), x.Type().Elem(), depth)
				}
			}
		}
	}
}

// pointer visits the object p points at, or walks into the non-object
// data it points at.
func (w *reflectWalker) pointer(p unsafe.Pointer, elem reflect.Type, depth int) {
	if p == nil {
		return
	}
	if isObjectStruct(elem) {
		w.visit(Value{p: p})
		return
	}
	if depth >= maxReflectDepth || !mayHold(elem) {
		return
	}
	if w.seen == nil {
		w.seen = map[unsafe.Pointer]bool{}
	}
	if w.seen[p] {
		return
	}
	w.seen[p] = true
	w.walk(reflect.NewAt(elem, p).Elem(), depth+1)
}

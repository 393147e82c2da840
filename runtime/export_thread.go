// This file defines the small exported helpers the thread, weakref, gc,
// signal and atexit modules need from the runtime's internals.

package runtime

import (
	"os"
	"strings"
	"unsafe"
)

// HeaderPtr returns the pointer to the heap object v refers to (for weak
// pointers and cleanups). For unboxed numbers it is a static header shared
// by all of them.
func (v Value) HeaderPtr() *Header { return (*Header)(v.p) }

// ValueOfHeader returns the Value referring to the heap object h (the
// inverse of HeaderPtr for heap objects).
func ValueOfHeader(h *Header) Value { return Value{unsafe.Pointer(h), 0} }

// BuiltinExceptionType returns the builtin exception class name
// ("ReferenceError"), or nil.
func BuiltinExceptionType(name string) *Type { return exceptionTypeByName[name] }

// InitInstance prepares inst, the first field of an object allocated by a
// native type's New for type t (possibly a Python subclass): its header
// and the storage of the subclass's __slots__. A native type whose Python
// subclasses may declare __slots__ or have a __dict__ embeds Instance
// first and sets InstAttrs to InstanceAttrs.
func InitInstance(inst *Instance, t *Type) {
	inst.Header = Header{t}
	if t.nslots > 0 {
		inst.slotp = unsafe.SliceData(make([]Value, t.nslots))
	}
}

// InstanceAttrs is an InstAttrs slot for native types embedding Instance.
func InstanceAttrs(v Value) *Attrs { return &ptrOf[Instance](v).Attrs }

// weakrefableBuiltins are the core builtin types whose instances CPython
// can weakly reference (those with a tp_weaklistoffset).
var weakrefableBuiltins = map[string]bool{"type": true, "function": true, "builtin_function_or_method": true,
	"method": true, "set": true, "frozenset": true, "generator": true, "coroutine": true,
	"async_generator": true, "code": true, "module": true, "memoryview": true}

// variableSizeBuiltins are the builtin types whose instances have a
// variable size in CPython: their subclasses get no __weakref__ slot.
var variableSizeBuiltins = map[string]bool{"int": true, "bool": true, "tuple": true, "bytes": true}

// SupportsWeakrefs reports whether instances of t can be weakly referenced,
// following CPython: classes get a __weakref__ slot unless __slots__ omits
// it or their solid base is variable-sized; builtin types have one or not.
func (t *Type) SupportsWeakrefs() bool {
	for _, b := range t.MRO {
		if b.Flags&FlagHeapType == 0 {
			if b.Flags&FlagNoWeakrefs != 0 {
				continue
			}
			if b.Flags&FlagImmutable != 0 && strings.Contains(b.Name, ".") {
				return true // types of modules written in Go, as most in C
			}
			if weakrefableBuiltins[b.Name] {
				return true
			}
			continue
		}
		slots, ok := b.Dict().GetStr(Intern("__slots__"))
		if !ok {
			if s := t.staticBase(); s != nil && variableSizeBuiltins[s.Name] {
				return false
			}
			return true
		}
		if slotsName(slots, "__weakref__") {
			return true
		}
	}
	return false
}

// staticBase returns the first builtin type on t's MRO.
func (t *Type) staticBase() *Type {
	for _, b := range t.MRO {
		if b.Flags&FlagHeapType == 0 {
			return b
		}
	}
	return nil
}

// slotsName reports whether a __slots__ value names name.
func slotsName(slots Value, name string) bool {
	if s, ok := slots.TryStr(); ok {
		return s.S == name
	}
	items, err := collectIter(slots)
	if err != nil {
		return false
	}
	for _, it := range items {
		if s, ok := it.TryStr(); ok && s.S == name {
			return true
		}
	}
	return false
}

// WriteUnraisable reports an exception that cannot be raised (in a
// finalizer, a weakref callback, a thread), as CPython's
// PyErr_WriteUnraisable: "Exception ignored in: <repr of obj>" and the
// traceback, on sys.stderr. msg, when not empty, replaces the
// "Exception ignored in" prefix.
func WriteUnraisable(err *Exception, msg string, obj Value) {
	unraisableFrameTraceback(err) // compat16_prompt.go
	if callUnraisableHook(err, msg, obj) {
		return
	}
	writeUnraisableDefault(err, msg, obj)
}

// writeUnraisableDefault is the report of sys.__unraisablehook__.
func writeUnraisableDefault(err *Exception, msg string, obj Value) {
	var b strings.Builder
	if msg == "" {
		msg = "Exception ignored in"
	}
	if !obj.IsNull() {
		r, rerr := Repr(obj)
		if rerr != nil {
			b.WriteString(msg + ": <object repr() failed>\n")
		} else {
			b.WriteString(msg + ": " + r.S + "\n")
		}
	} else {
		b.WriteString(msg + ":\n")
	}
	PrintException(&b, err)
	WriteStderr(b.String())
}

// WriteStderr writes s to sys.stderr (falling back to the process's
// standard error), flushing sys.stdout first so the streams interleave as
// CPython's do on a terminal.
func WriteStderr(s string) {
	Stdout.Flush()
	if sys := sysModule; sys != nil {
		if w, ok := sys.Dict.GetStr(Intern("stderr")); ok && !w.IsNone() {
			if write, err := GetAttrString(w, "write"); err == nil {
				if _, err := Call(write, []Value{StrValue(s)}, nil); err == nil {
					return
				}
			}
		}
	}
	os.Stderr.WriteString(s)
}

// SetType sets the type of a new object whose Header is h (for native
// types' constructors outside this package).
func (h *Header) SetType(t *Type) { h.typ = t }

// CurrentFrame returns the frame object of the innermost Python frame of
// the running thread, or None (the frame argument of signal handlers).
func CurrentFrame() Value {
	if f := curThread.cur; f != nil {
		return ValueOf(frameObject(f))
	}
	return None
}

// WeakrefListHook returns the first weak reference to v, or None; the
// weakref module sets it (the __weakref__ attribute of instances).
var WeakrefListHook = func(v Value) Value { return None }

// addWeakrefSlot gives a new class the __weakref__ descriptor when it adds
// weak reference support, as CPython's type_new: the solid base has none,
// is not variable-sized, and __slots__ is absent or names __weakref__.
func addWeakrefSlot(t, base *Type, wanted bool) {
	if !wanted || base.SupportsWeakrefs() || variableSizeBuiltins[base.Name] && base.Flags&FlagHeapType == 0 {
		return
	}
	if s := base.staticBase(); s != nil && variableSizeBuiltins[s.Name] {
		return
	}
	addGetSets(t, t.Dict(), []GetSetDef{{Name: "__weakref__", Get: func(v Value) (Value, *Exception) { return WeakrefListHook(v), nil },
		Doc: "list of weak references to the object (if defined)"}})
}

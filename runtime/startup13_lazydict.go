// This file defines the lazy namespace of builtin types: a static type's
// dict (its methods, getsets, slot wrappers, __doc__) is made the first
// time something reads it, not when the type is finished at start-up.
//
// Start-up finishes ~400 static types (builtins, exceptions, the native
// modules' types) and a short program reads the dicts of a few dozen: the
// rest cost ~0.3 MB of allocation (each new heap page is a page fault) and
// ~3% of `krait -c pass`. Everything that reads a type's namespace goes
// through Type.Dict, so the contents are the same whenever they are made;
// the version tag, MRO and subclass lists stay eager.

package runtime

import (
	"sync"
	"sync/atomic"
	"unsafe"
)

// lazyDictMu serializes filling: Go code without the GIL (the signal and
// thread machinery) may look types up too. A filled dict is published
// with an atomic store and read with an atomic load (loadTypeDict), so a
// reader that does not take the mutex sees either no dict or a full one.
var lazyDictMu sync.Mutex

// loadTypeDict is t.dict read so that a dict another goroutine published
// is seen with its contents.
func loadTypeDict(t *Type) *Dict {
	return (*Dict)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(&t.dict))))
}

// publishTypeDict sets t.dict to the filled d for readers on any goroutine.
func publishTypeDict(t *Type, d *Dict) {
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(&t.dict)), unsafe.Pointer(d))
}

// Dict returns the type's namespace (__dict__), filling a builtin type's
// on first use. It is nil only for a static type not finished yet.
func (t *Type) Dict() *Dict {
	if d := loadTypeDict(t); d != nil {
		return d
	}
	return t.fillPendingDict()
}

// fillPendingDict makes the dict of a finished static type that has none.
// The dict is filled before it is published: a goroutine reading t.dict
// meanwhile sees nil (and waits here for the mutex), never a partly filled
// dict. dictPending stays set (it is read only while t.dict is nil), so
// that lock-free readers never see it change.
func (t *Type) fillPendingDict() *Dict {
	lazyDictMu.Lock()
	defer lazyDictMu.Unlock()
	if t.dict == nil && t.dictPending {
		d := NewDictSized(staticDictSize(t)) // startup_sizes.go
		fillStaticDictFn(t, d)
		publishTypeDict(t, d)
	}
	return t.dict
}

// fillStaticDictFn is fillStaticDict, called through a variable because
// the slot wrappers it makes refer back to type lookups (an initialization
// cycle for the compiler). finishStaticType sets it before it leaves a
// dict to fill.
var fillStaticDictFn func(t *Type, d *Dict)

// internStaticNames interns the names of t's methods and getsets when its
// dict is left to be made: which strings start-up interned shows in the
// order of sets of str constants (the compiler merges an interned name
// with the constant), and CPython's start-up interns every builtin type's
// attribute names. The slot wrappers' names are interned with the slot
// table (fixupSlots).
func internStaticNames(t *Type) {
	for i := range t.methods {
		Intern(t.methods[i].Name)
	}
	for i := range t.getsets {
		Intern(t.getsets[i].Name)
	}
}

// fillStaticDict puts a static type's builtin attributes in its dict, as
// CPython's type_ready does: __hash__ = None for unhashable types, the
// methods, getsets and slot wrappers, and __doc__, into d (t's dict, which
// may not be published yet).
func fillStaticDict(t *Type, d *Dict) {
	if t.noHash {
		d.SetStr(Intern("__hash__"), None)
	}
	addMethods(t, d, t.methods)
	addGetSets(t, d, t.getsets)
	addSlotWrappers(t, d)
	if _, ok := d.GetStr(Intern("__doc__")); !ok {
		if t.Doc != "" {
			d.SetStr(Intern("__doc__"), StrValue(t.Doc))
		} else {
			d.SetStr(Intern("__doc__"), None)
		}
	}
	for _, e := range t.staticAttrs {
		d.SetStr(e.name, e.v)
	}
	t.staticAttrs = nil
}

// staticAttr is an attribute a native module gave a builtin type before
// its dict was made (SetStaticAttr).
type staticAttr struct {
	name *Str
	v    Value
}

// SetStaticAttr sets an attribute of a finished builtin type, as its
// module's initialization does (struct sequences' n_fields, a __hash__ =
// None): a dict not made yet gets it when it is.
func (t *Type) SetStaticAttr(name string, v Value) {
	n := Intern(name)
	if loadTypeDict(t) == nil && t.dictPending {
		t.staticAttrs = append(t.staticAttrs, staticAttr{n, v})
		if t.pendingNames != nil {
			t.pendingNames.add(name)
		}
		return
	}
	t.Dict().SetStr(n, v)
	t.Modified()
}

// dictGet is t.Dict().GetStr(name) for lookups: it leaves a builtin
// type's dict unmade when name cannot be in it, so that walking an MRO for
// a name a type does not define (__init__ on RuntimeError, a method of
// object) fills only the dicts that define it.
func (t *Type) dictGet(name *Str) (Value, bool) {
	if loadTypeDict(t) == nil && (!t.dictPending || !t.pendingMayHave(name.S)) {
		return Value{}, false
	}
	return t.Dict().GetStr(name)
}

// pendingMayHave reports whether fillStaticDict would put name in t's
// dict: a method, a getset, a slot wrapper, __doc__, __hash__ of an
// unhashable type or an attribute given by SetStaticAttr. It may say yes
// for a name the dict will not have (then the lookup makes the dict).
func (t *Type) pendingMayHave(name string) bool {
	return name == "__doc__" || t.pendingDefines(name)
}

// pendingDefines is pendingMayHave but for __doc__, which every type's
// dict gets: whether something other than the docstring puts name there.
func (t *Type) pendingDefines(name string) bool {
	if t.pendingNames == nil {
		t.pendingNames = t.newNameFilter()
	}
	if !t.pendingNames.mayHave(name) {
		return false // most lookups: a dunder the type's slots do not define
	}
	if name == "__hash__" && t.noHash {
		return true
	}
	for i := range t.methods {
		if t.methods[i].Name == name {
			return true
		}
	}
	for i := range t.getsets {
		if t.getsets[i].Name == name {
			return true
		}
	}
	for _, e := range t.staticAttrs {
		if e.name.S == name {
			return true
		}
	}
	for i, g := range slotGroups {
		if t.ownSlots&(1<<i) == 0 || !g.has(t) {
			continue
		}
		for _, n := range g.names {
			if n == name {
				return true
			}
		}
	}
	return false
}

// nameFilter is a Bloom filter (256 bits, two hashes) of the names a
// pending dict will hold, so that pendingDefines answers most lookups
// without comparing the name with each method, getset and slot dunder
// (those comparisons were ~2% of `krait -c pass`).
type nameFilter [4]uint64

// newNameFilter holds every name pendingDefines may find for t: the slot
// groups' dunders whether or not the slot is still set, so the filter
// stays a superset if a module changes slots later.
func (t *Type) newNameFilter() *nameFilter {
	f := new(nameFilter)
	f.add("__hash__")
	for i := range t.methods {
		f.add(t.methods[i].Name)
	}
	for i := range t.getsets {
		f.add(t.getsets[i].Name)
	}
	for _, e := range t.staticAttrs {
		f.add(e.name.S)
	}
	for i, g := range slotGroups {
		if t.ownSlots&(1<<i) != 0 {
			for _, n := range g.names {
				f.add(n)
			}
		}
	}
	return f
}

// nameBits are the filter's two bit positions for s (FNV-1a).
func nameBits(s string) (uint, uint) {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return uint(h & 255), uint(h >> 8 & 255)
}

func (f *nameFilter) add(s string) {
	a, b := nameBits(s)
	f[a>>6] |= 1 << (a & 63)
	f[b>>6] |= 1 << (b & 63)
}

func (f *nameFilter) mayHave(s string) bool {
	a, b := nameBits(s)
	return f[a>>6]&(1<<(a&63)) != 0 && f[b>>6]&(1<<(b&63)) != 0
}

// SetupDict returns the dict of a type whose setup function is running
// (NewNativeType), making it if needed: what the setup puts there comes
// before the builtin attributes, which are then added at once.
func (t *Type) SetupDict() *Dict {
	if t.dict == nil && !t.dictPending {
		t.dict = NewDict()
	}
	return t.Dict()
}

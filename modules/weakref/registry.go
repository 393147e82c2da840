// This file defines the registry of weakly referenced objects: for each
// object, the weak references to it in CPython's list order, and the Go
// cleanup that queues their callbacks when the object is collected.

package weakref

import (
	"runtime"
	"sort"
	"sync"
	"unsafe"
	"weak"

	kr "krait/runtime"
)

// referent is the record of one weakly referenced object. It holds the
// object and its weak references only weakly: a reference that dies
// before its object calls no callback, as in CPython.
type referent struct {
	obj weak.Pointer[kr.Header]
	// strong is the object when it is not on the Go heap (a static
	// builtin object): it never dies, so it is held directly.
	strong kr.Value
	// refs are the weak references in CPython's order: the shared basic
	// ref, the shared basic proxy, then the others newest first.
	refs []weak.Pointer[Ref]
	// basicRef and basicProxy are the shared ref(obj) and proxy(obj)
	// without callback (nil when there is none).
	basicRef, basicProxy weak.Pointer[Ref]
	key                  uintptr // the object's address: its key in registry
	seq                  uint64  // creation order, the order gc.collect reports deaths in
	done                 bool    // its death was processed
	// killed: the collector found the object to be cyclic garbage and
	// cleared its weak references before finalizing it (refsem11_clear.go).
	killed bool
}

var referentSeq uint64

func init() { kr.RegisterCollectHook(collectDead) }

// collectDead processes the objects the last collection found dead
// without waiting for their cleanups, so that gc.collect() returns after
// their callbacks ran. referentDied counts them (runtime.NoteDeath).
func collectDead() int {
	registryMu.Lock()
	var dead []*referent
	for _, r := range registry {
		if r.strong.IsNull() && r.obj.Value() == nil {
			dead = append(dead, r)
		}
	}
	registryMu.Unlock()
	sort.Slice(dead, func(i, j int) bool { return dead[i].seq < dead[j].seq })
	for _, r := range dead {
		referentDied(r)
	}
	return 0 // referentDied counted them
}

var (
	registryMu sync.Mutex
	registry   = map[uintptr]*referent{}
)

// lookupReferent returns the record of obj, creating it (and the cleanup
// that reports obj's death) when create is set.
func lookupReferent(obj kr.Value, create bool) *referent {
	h := obj.HeaderPtr()
	key := uintptr(unsafe.Pointer(h))
	registryMu.Lock()
	defer registryMu.Unlock()
	if r := registry[key]; r != nil && (!r.strong.IsNull() || r.obj.Value() == h) {
		return r
	}
	if !create {
		return nil
	}
	referentSeq++
	r := &referent{key: key, seq: referentSeq}
	kr.MarkWeakTarget(obj.Type()) // compat16_prompt.go: `del obj` looks it up
	if c := runtime.AddCleanup(h, referentDied, r); c == (runtime.Cleanup{}) {
		r.strong = obj // not heap-allocated: immortal
	} else {
		r.obj = weak.Make(h)
	}
	registry[key] = r
	return r
}

// value returns the referent, or the null Value once it was collected.
func (r *referent) value() kr.Value {
	if !r.strong.IsNull() {
		return r.strong
	}
	if h := r.obj.Value(); h != nil && !r.killed {
		return kr.ValueOfHeader(h)
	}
	return kr.Value{}
}

// live returns the weak references to the object that are still alive.
func (r *referent) live() []*Ref {
	registryMu.Lock()
	defer registryMu.Unlock()
	return r.liveLocked()
}

// liveLocked is live for a caller that holds registryMu.
func (r *referent) liveLocked() []*Ref {
	out := make([]*Ref, 0, len(r.refs))
	keep := r.refs[:0]
	for _, w := range r.refs {
		if p := w.Value(); p != nil {
			out = append(out, p)
			keep = append(keep, w)
		}
	}
	clear(r.refs[len(keep):])
	r.refs = keep
	return out
}

// add inserts ref into the list as CPython's insert_head/insert_after do.
func (r *referent) add(ref *Ref, basic bool) {
	registryMu.Lock()
	defer registryMu.Unlock()
	w := weak.Make(ref)
	if basic {
		if ref.proxy {
			r.basicProxy = w
			// after the basic ref, if any
			if r.basicRef.Value() != nil {
				r.refs = insertAt(r.refs, 1, w)
			} else {
				r.refs = insertAt(r.refs, 0, w)
			}
		} else {
			r.basicRef = w
			r.refs = insertAt(r.refs, 0, w)
		}
		return
	}
	n := 0
	if r.basicRef.Value() != nil {
		n++
	}
	if r.basicProxy.Value() != nil {
		n++
	}
	if n > len(r.refs) {
		n = len(r.refs)
	}
	r.refs = insertAt(r.refs, n, w)
}

func insertAt(s []weak.Pointer[Ref], i int, w weak.Pointer[Ref]) []weak.Pointer[Ref] {
	s = append(s, weak.Pointer[Ref]{})
	copy(s[i+1:], s[i:])
	s[i] = w
	return s
}

// referentDied runs on Go's cleanup goroutine once the object of r was
// collected (or in collectDead, whichever comes first): it forgets r and
// queues the callbacks of the weak references still alive, to run on the
// interpreter thread. It holds registryMu until they are queued: once
// collectDead no longer finds r in the registry, gc.collect() runs the
// pending calls and must find these among them (under load the cleanup
// goroutine was seen pausing after forgetting r, and a WeakKeyDictionary
// entry outlived gc.collect()).
func referentDied(r *referent) {
	registryMu.Lock()
	defer registryMu.Unlock()
	if r.done {
		return
	}
	r.done = true
	if !r.killed {
		kr.NoteDeath() // the cycle pass counted the killed ones
	}
	if registry[r.key] == r {
		delete(registry, r.key)
	}
	refs := r.liveLocked()
	var due []*Ref
	for _, ref := range refs {
		if !ref.callback.IsNull() && !ref.callback.IsNone() {
			due = append(due, ref)
		}
	}
	if len(due) == 0 {
		return
	}
	kr.AddPendingCall(func() {
		for _, ref := range due {
			cb := ref.callback
			ref.callback = kr.Value{}
			if _, err := kr.CallInEpoch(ref.epoch, cb, []kr.Value{kr.ValueOf(ref)}); err != nil {
				kr.WriteUnraisable(err, "", cb)
			}
		}
	})
}

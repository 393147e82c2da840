// This file defines exported wrappers around dict internals that the Go
// OrderedDict of _collections (branch compat9b) needs: the entry number of
// a key, which lets it keep its linked-list nodes in an array parallel to
// the dict's entries (CPython's od_fast_nodes), and views of a dict
// subclass whose iteration is not the dict's own.

package runtime

// LookupIndex returns the entry number of key (whose hash is h) in d, or
// -1 when key is absent. Entry numbers are stable until TableGen changes,
// except that dict.popitem frees the last one.
func (d *Dict) LookupIndex(key Value, h int64) (int, *Exception) {
	ix, err := d.lookup(key, h)
	if ix < 0 {
		return -1, err
	}
	return ix, nil
}

// TableGen returns a number that changes whenever d's entry array is
// replaced (a resize compacts it, clear() drops it).
func (d *Dict) TableGen() uint32 { return d.gen }

// EntryCount returns the number of entries in use or deleted (CPython's
// dk_nentries): the entry number the next new key gets.
func (d *Dict) EntryCount() int { return len(d.entries) }

// Kinds of dict view for NewDictView.
const (
	DictViewKeys   = int(dictIterKeys)
	DictViewValues = int(dictIterValues)
	DictViewItems  = int(dictIterItems)
)

// NewDictView returns a view of kind DictViewKeys, DictViewValues or
// DictViewItems over the dict (or dict subclass instance) dv, of type t:
// dict_keys, dict_values, dict_items or a native subtype of one of them
// that overrides iteration (odict_keys, ...).
func NewDictView(t *Type, dv Value, kind int) Value {
	return ValueOf(&dictView{Header{t}, dv.AsDict(), dv, dictIterKind(kind)})
}

// DictViewMapping returns the dict a view made by NewDictView looks at.
func DictViewMapping(v Value) Value { return ptrOf[dictView](v).dv }

// dictAllocs holds the allocators of native dict subtypes whose instances
// are larger than a dict (OrderedDict): CPython's dict_new allocates
// tp_basicsize bytes, so dict.__new__(OrderedDict) is safe and makes a
// complete OrderedDict. Filled during start-up only.
var dictAllocs map[*Type]func(*Type) Value

// SetDictAlloc makes dict.__new__ build the instances of the native dict
// subtype t, and of its subclasses, with alloc. t's New should then be
// DictType.New, so that dict.__new__(t) passes the safety check.
func SetDictAlloc(t *Type, alloc func(*Type) Value) {
	if dictAllocs == nil {
		dictAllocs = map[*Type]func(*Type) Value{}
	}
	dictAllocs[t] = alloc
}

// dictAllocFor returns the allocator SetDictAlloc gave t or a base of it.
func dictAllocFor(t *Type) func(*Type) Value {
	if dictAllocs == nil {
		return nil
	}
	for ; t != nil && t != DictType; t = t.Base {
		if a := dictAllocs[t]; a != nil {
			return a
		}
	}
	return nil
}

// IsFinalizing reports whether the interpreter is shutting down
// (sys.is_finalizing()).
func IsFinalizing() bool { return finalizing }

// AuditHooked reports whether sys.addaudithook installed a hook: callers
// of Audit skip building costly event arguments otherwise.
func AuditHooked() bool { return len(auditHooks) > 0 }

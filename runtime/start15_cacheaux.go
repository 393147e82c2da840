// This file defines the accessors of cacheEntry.aux, the one pointer that
// two instruction families use for different things (cache.go): an
// entry belongs to one instruction, whose family never changes, so an
// entry's aux holds only one of the two kinds.

package runtime

import "unsafe"

// addedLayout is STORE_ATTR_ADD's layout after the store.
func (ce *cacheEntry) addedLayout() *Layout { return (*Layout)(ce.aux) }

// setAddedLayout sets STORE_ATTR_ADD's layout after the store.
func (ce *cacheEntry) setAddedLayout(l *Layout) { ce.aux = unsafe.Pointer(l) }

// kwNames returns the keyword names of a CALL_KW or CALL_METHOD_KW, the
// tuple names converted on the first call and kept in the entry.
func (ce *cacheEntry) kwNames(names Value) []*Str {
	if ce.aux == nil {
		kw := kwnamesOf(names)
		ce.aux = unsafe.Pointer(&kw)
	}
	return *(*[]*Str)(ce.aux)
}

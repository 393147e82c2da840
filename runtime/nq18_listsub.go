// This file defines the instances of list subclasses: a List followed by
// the instance's attributes. Only list.__new__ makes them (with a subclass
// type), and __class__ assignment moves an instance only between such
// subclasses, so a list whose type is not exactly list is always one.
// An exact list therefore carries no attribute field: List is 32 bytes
// (size class 32, not 48), and a list with n items inline (list_alloc.go)
// is 32+16n bytes, a size class of its own, 16 bytes less per list than
// with the field (`[x] + p` of 8 items: 176 -> 160 bytes).

package runtime

// listSub is an instance of a subclass of list.
type listSub struct {
	List
	attrs Attrs
}

// listInstAttrs is the InstAttrs slot of list and its subclasses: exact
// lists have no attributes.
func listInstAttrs(v Value) *Attrs {
	if v.Type() == ListType {
		return nil
	}
	return &ptrOf[listSub](v).attrs
}

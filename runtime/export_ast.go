// This file exports the runtime internals the _ast module needs.

package runtime

// ConstValue converts a syntax-tree constant (see syntax.Constant) to a Value.
func ConstValue(k any) Value { return constValue(k) }

// NewPlainInstance allocates an instance of a class whose solid base is
// object, without calling __new__ or __init__.
func NewPlainInstance(t *Type) Value { return newInstance(t) }

// BytesLikeOf returns the bytes of a bytes-like object, as compile() accepts.
func BytesLikeOf(v Value) ([]byte, bool) { return bytesLike(v) }

// NewMethodDescriptor returns a method_descriptor for m as a method of t,
// for installing a Go method in a class's namespace.
func NewMethodDescriptor(t *Type, m *Method) Value {
	return ValueOf(&MethodDescr{Header{MethodDescriptorType}, m, t})
}

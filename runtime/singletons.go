// This file defines the singleton objects None, NotImplemented and
// Ellipsis, and their types.

package runtime

// The singleton types.
var (
	NoneType           = newBuiltinType("NoneType", ObjectType, 0)
	NotImplementedType = newBuiltinType("NotImplementedType", ObjectType, 0)
	EllipsisType       = newBuiltinType("ellipsis", ObjectType, 0)
)

// singleton is the object struct of None, NotImplemented and Ellipsis.
type singleton struct {
	Header
	repr string
}

var (
	noneObject           = singleton{Header{NoneType}, "None"}
	notImplementedObject = singleton{Header{NotImplementedType}, "NotImplemented"}
	ellipsisObject       = singleton{Header{EllipsisType}, "Ellipsis"}
)

// The singletons as Values.
var (
	None           = ValueOf(&noneObject)
	NotImplemented = ValueOf(&notImplementedObject)
	Ellipsis       = ValueOf(&ellipsisObject)
)

func init() {
	for _, t := range []*Type{NoneType, NotImplementedType, EllipsisType} {
		t.Repr = singletonRepr
		t.Hash = identityHash
	}
	NoneType.Bool = func(Value) (bool, *Exception) { return false, nil }
	NotImplementedType.Bool = func(Value) (bool, *Exception) {
		err := Warn(exceptionTypeByName["DeprecationWarning"], "NotImplemented should not be used in a boolean context", 1)
		return err == nil, err
	}
	singletonNew(NoneType, None, "NoneType")
	singletonNew(NotImplementedType, NotImplemented, "NotImplementedType")
	singletonNew(EllipsisType, Ellipsis, "EllipsisType")
}

// singletonNew makes calling the type return its one instance.
func singletonNew(t *Type, v Value, name string) {
	t.New = func(_ *Type, args []Value, kw []*Str) (Value, *Exception) {
		if len(args) > 0 || len(kw) > 0 {
			return Value{}, NewTypeError("%s takes no arguments", name)
		}
		return v, nil
	}
}

func singletonRepr(v Value) (Value, *Exception) {
	return ValueOf(Intern(ptrOf[singleton](v).repr)), nil
}

// identityHash is object.__hash__: the object's address, rotated. An
// unboxed number's identity includes its payload, as float_hash's NaN does.
func identityHash(v Value) (int64, *Exception) { return hashPointer(v.Ptr() ^ uintptr(v.bits)), nil }

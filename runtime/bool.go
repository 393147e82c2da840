// This file defines bool, the int subclass whose only instances are True
// and False.

package runtime

// BoolType is Python's bool.
var BoolType = newBuiltinType("bool", IntType, FlagIntSubclass)

// boolObject is the object struct of True and False: an int payload, so
// that int operations treat them as 1 and 0.
type boolObject struct {
	Header
	v int64
}

var (
	trueObject  = boolObject{Header{BoolType}, 1}
	falseObject = boolObject{Header{BoolType}, 0}
)

// True and False are the two bool objects.
var (
	True  = ValueOf(&trueObject)
	False = ValueOf(&falseObject)
)

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

func init() {
	BoolType.Flags &^= FlagBaseType
	BoolType.Repr = bool_repr
	BoolType.Hash = func(v Value) (int64, *Exception) { return ptrOf[boolObject](v).v, nil }
	BoolType.Bool = func(v Value) (bool, *Exception) { return v == True, nil }
}

func bool_repr(v Value) (Value, *Exception) {
	if v == True {
		return ValueOf(Intern("True")), nil
	}
	return ValueOf(Intern("False")), nil
}

// boolBitwise makes &, | and ^ of two bools a bool, deferring to int.
func boolBitwise(intOp BinaryFunc, f func(x, y bool) bool) BinaryFunc {
	return func(a, b Value) (Value, *Exception) {
		if a.Type() == BoolType && b.Type() == BoolType {
			return Bool(f(a == True, b == True)), nil
		}
		return intOp(a, b)
	}
}

func init() {
	BoolType.Number[NbAnd] = boolBitwise(int_and, func(x, y bool) bool { return x && y })
	BoolType.Number[NbOr] = boolBitwise(int_or, func(x, y bool) bool { return x || y })
	BoolType.Number[NbXor] = boolBitwise(int_xor, func(x, y bool) bool { return x != y })
	BoolType.New = func(t *Type, args []Value, kw []*Str) (Value, *Exception) {
		if len(kw) > 0 {
			return Value{}, NewTypeError("bool() takes no keyword arguments")
		}
		if len(args) > 1 {
			return Value{}, NewTypeError("bool expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 0 {
			return False, nil
		}
		b, err := IsTrue(args[0])
		return Bool(b), err
	}
}

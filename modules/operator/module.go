// Package operator implements _operator, the native half of the operator
// module: the intrinsic operators as functions, and the itemgetter,
// attrgetter and methodcaller classes.
package operator

import "krait/runtime"

// Module is the _operator module definition.
var Module = &runtime.ModuleDef{
	Name: "_operator",
	Doc: "Operator interface.\n\nThe intrinsic operators of Python as functions: operator.add(x, y) is\n" +
		"x + y. Names follow the special methods, with and without the\n" +
		"surrounding double underscores.",
	Methods: operatorMethods(),
	Exec: func(m *runtime.Module) *runtime.Exception {
		lazyTypes()
		m.SetAttr("itemgetter", ItemGetterType.Value())
		m.SetAttr("attrgetter", AttrGetterType.Value())
		m.SetAttr("methodcaller", MethodCallerType.Value())
		return nil
	},
}

// binaryOps lists the functions that are one binary operator, in-place
// variants included.
var binaryOps = []struct {
	name, doc string
	op        runtime.BinOp
}{
	{"add", "Same as a + b.", runtime.NbAdd},
	{"sub", "Same as a - b.", runtime.NbSubtract},
	{"mul", "Same as a * b.", runtime.NbMultiply},
	{"matmul", "Same as a @ b.", runtime.NbMatrixMultiply},
	{"floordiv", "Same as a // b.", runtime.NbFloorDivide},
	{"truediv", "Same as a / b.", runtime.NbTrueDivide},
	{"mod", "Same as a % b.", runtime.NbRemainder},
	{"lshift", "Same as a << b.", runtime.NbLshift},
	{"rshift", "Same as a >> b.", runtime.NbRshift},
	{"and_", "Same as a & b.", runtime.NbAnd},
	{"xor", "Same as a ^ b.", runtime.NbXor},
	{"or_", "Same as a | b.", runtime.NbOr},
	{"pow", "Same as a ** b.", runtime.NbPower},
	{"iadd", "Same as a += b.", runtime.NbAdd + runtime.NbInplace},
	{"isub", "Same as a -= b.", runtime.NbSubtract + runtime.NbInplace},
	{"imul", "Same as a *= b.", runtime.NbMultiply + runtime.NbInplace},
	{"imatmul", "Same as a @= b.", runtime.NbMatrixMultiply + runtime.NbInplace},
	{"ifloordiv", "Same as a //= b.", runtime.NbFloorDivide + runtime.NbInplace},
	{"itruediv", "Same as a /= b.", runtime.NbTrueDivide + runtime.NbInplace},
	{"imod", "Same as a %= b.", runtime.NbRemainder + runtime.NbInplace},
	{"ilshift", "Same as a <<= b.", runtime.NbLshift + runtime.NbInplace},
	{"irshift", "Same as a >>= b.", runtime.NbRshift + runtime.NbInplace},
	{"iand", "Same as a &= b.", runtime.NbAnd + runtime.NbInplace},
	{"ixor", "Same as a ^= b.", runtime.NbXor + runtime.NbInplace},
	{"ior", "Same as a |= b.", runtime.NbOr + runtime.NbInplace},
	{"ipow", "Same as a **= b.", runtime.NbPower + runtime.NbInplace},
}

// compareOps lists the rich comparison functions.
var compareOps = []struct {
	name, doc string
	op        runtime.CompareOp
}{
	{"lt", "Same as a < b.", runtime.Lt},
	{"le", "Same as a <= b.", runtime.Le},
	{"eq", "Same as a == b.", runtime.Eq},
	{"ne", "Same as a != b.", runtime.Ne},
	{"gt", "Same as a > b.", runtime.Gt},
	{"ge", "Same as a >= b.", runtime.Ge},
}

// operatorMethods builds the module's function table: the operator
// families from their tables, then the other functions.
func operatorMethods() []runtime.Method {
	var ms []runtime.Method
	for _, b := range binaryOps {
		op := b.op
		ms = append(ms, runtime.Method{Name: b.name, Sig: "a, b, /", Doc: b.doc,
			Fn: func(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.BinaryOp(a[0], a[1], op)
			}})
	}
	for _, c := range compareOps {
		op := c.op
		ms = append(ms, runtime.Method{Name: c.name, Sig: "a, b, /", Doc: c.doc,
			Fn: func(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.RichCompare(a[0], a[1], op)
			}})
	}
	return append(ms, otherMethods...)
}

var otherMethods = []runtime.Method{
	{Name: "truth", Flags: runtime.MethO, Fn: operator_truth, Doc: "Return True if a is true, False otherwise."},
	{Name: "not_", Flags: runtime.MethO, Fn: operator_not_, Doc: "Same as not a."},
	{Name: "abs", Flags: runtime.MethO, Fn: operator_abs, Doc: "Same as abs(a)."},
	{Name: "inv", Flags: runtime.MethO, Fn: operator_invert, Doc: "Same as ~a."},
	{Name: "invert", Flags: runtime.MethO, Fn: operator_invert, Doc: "Same as ~a."},
	{Name: "neg", Flags: runtime.MethO, Fn: operator_neg, Doc: "Same as -a."},
	{Name: "pos", Flags: runtime.MethO, Fn: operator_pos, Doc: "Same as +a."},
	{Name: "index", Flags: runtime.MethO, Fn: operator_index, Doc: "Same as a.__index__()"},
	{Name: "is_", Sig: "a, b, /", Fn: operator_is_, Doc: "Same as a is b."},
	{Name: "is_not", Sig: "a, b, /", Fn: operator_is_not, Doc: "Same as a is not b."},
	{Name: "concat", Sig: "a, b, /", Fn: operator_concat, Doc: "Same as a + b, for a and b sequences."},
	{Name: "iconcat", Sig: "a, b, /", Fn: operator_iconcat, Doc: "Same as a += b, for a and b sequences."},
	{Name: "contains", Sig: "a, b, /", Fn: operator_contains, Doc: "Same as b in a (note reversed operands)."},
	{Name: "indexOf", Sig: "a, b, /", Fn: operator_indexOf, Doc: "Return the first index of b in a."},
	{Name: "countOf", Sig: "a, b, /", Fn: operator_countOf, Doc: "Return the number of items in a which are, or which equal, b."},
	{Name: "getitem", Sig: "a, b, /", Fn: operator_getitem, Doc: "Same as a[b]."},
	{Name: "setitem", Sig: "a, b, c, /", Fn: operator_setitem, Doc: "Same as a[b] = c."},
	{Name: "delitem", Sig: "a, b, /", Fn: operator_delitem, Doc: "Same as del a[b]."},
	{Name: "length_hint", Sig: "obj, default=, /", Fn: operator_length_hint,
		Doc: "Return an estimate of len(obj): exact when obj has a length, else\nits __length_hint__(), else default. The result is an int >= 0."},
	{Name: "call", Sig: "*args, **kwargs", Fn: operator_call, Doc: "Same as obj(*args, **kwargs)."},
	{Name: "_compare_digest", Sig: "a, b, /", Fn: operator__compare_digest,
		Doc: "Return a == b, taking time independent of where they differ.\n\nBoth must be ASCII str or both bytes-like."},
}

// This file marks the builtin types that CPython gives no constructor
// (Py_TPFLAGS_DISALLOW_INSTANTIATION or a NULL tp_new): their instances
// come only from the interpreter, so calling the type raises TypeError
// instead of inheriting object.__new__ and making a malformed object.

package runtime

// refuseNew is the constructor of the types that cannot be instantiated.
func refuseNew(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	return Value{}, NewTypeError("cannot create '%s' instances", t.Name)
}

// disallowInstantiation gives each of ts the refusing constructor.
func disallowInstantiation(ts ...*Type) {
	for _, t := range ts {
		t.New = refuseNew
		t.Flags |= FlagDisallowInstantiation
	}
}

func init() {
	disallowInstantiation(AsyncGenType, asyncGenSendType, asyncGenWrapType, coroWrapperType, anextAwaitableType,
		GetSetType, MemberDescrType, GeneratorType, CoroutineType, UnionType, BuiltinFunctionType,
		MethodDescriptorType, ClassMethodDescriptorType, SlotWrapperType, MethodWrapperType, FrameType)
}

// codeNewArgs is the signature of CPython 3.11's code() constructor.
var codeNewArgs = Method{Name: "code", Sig: "argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize, flags, " +
	"codestring, constants, names, varnames, filename, name, qualname, firstlineno, linetable, exceptiontable, " +
	"freevars=, cellvars=, /"}

// code_new checks the arguments as CPython's code() does, then refuses:
// Krait's code objects hold its own register bytecode, which cannot be
// built from CPython's; compile() and code.replace() make code objects.
func code_new(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	if _, err := codeNewArgs.BindArgs(args, kw, "code"); err != nil {
		return Value{}, err
	}
	return Value{}, NewNotImplementedError("code() cannot build a code object from CPython bytecode on Krait; use compile() or code.replace()")
}

func init() { CodeType.New = code_new }

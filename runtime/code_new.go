// This file defines code(): CPython's constructor of code objects from
// bytecode, which Krait checks and refuses.

package runtime

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

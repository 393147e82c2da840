// This file defines the docstrings of the builtin functions. Where
// CPython's docstring starts with the call forms ("max(iterable, ...) ->
// value"), so does ours, because tools read them (functools.update_wrapper
// copies them, pydoc shows them); the prose is our own.

package runtime

// builtinDocs maps a builtin function's name to its __doc__.
var builtinDocs = map[string]string{
	"__build_class__": "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n" +
		"Create a class; the class statement calls this.",
	"__import__": "Import a module by name.\n\n" +
		"The import statement calls this; importlib.import_module() is the\n" +
		"function to use from programs. globals decides the package of a relative\n" +
		"import (level > 0), fromlist names what a 'from' import takes.",
	"abs":      "Return the absolute value of the argument.",
	"aiter":    "Return an AsyncIterator for an AsyncIterable object.",
	"all":      "Return True if bool(x) is True for all values x in the iterable.\n\nAn empty iterable gives True.",
	"anext":    "async anext(aiterator[, default])\n\nAwait the next item of the async iterator; at its end, return default\nif given, else raise StopAsyncIteration.",
	"any":      "Return True if bool(x) is True for any x in the iterable.\n\nAn empty iterable gives False.",
	"ascii":    "Return an ASCII-only representation of an object.\n\nLike repr(), with non-ASCII characters escaped (\\x, \\u or \\U).",
	"bin":      "Return the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'",
	"callable": "Return whether the object is callable (i.e., some kind of function).\n\nInstances of classes with a __call__() method are callable.",
	"chr":      "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.",
	"breakpoint": "breakpoint(*args, **kws)\n\n" +
		"Pass the arguments to sys.breakpointhook(), which starts the pdb\ndebugger unless PYTHONBREAKPOINT or the hook says otherwise.",
	"compile": "Compile source into a code object that can be executed by exec() or eval().\n\n" +
		"source is a str, bytes or AST object; filename names it in tracebacks;\n" +
		"mode is 'exec' for statements, 'eval' for one expression, 'single' for\n" +
		"one interactive statement. flags and dont_inherit control the future\n" +
		"statements and compiler options in effect.",
	"delattr": "Deletes the named attribute from the given object.\n\ndelattr(x, 'y') is equivalent to ``del x.y``",
	"dir": "dir([object]) -> list of strings\n\n" +
		"Without an argument, the names in the current scope. With one, the\n" +
		"sorted names of the object's attributes: its __dir__() if it has one,\n" +
		"else those of its __dict__ and of its class and the class's bases.",
	"divmod": "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.",
	"eval": "Evaluate the given source in the context of globals and locals.\n\n" +
		"source is a str of one expression or a code object from compile().\n" +
		"globals must be a dict, locals any mapping; both default to the\ncaller's.",
	"exec": "Execute the given source in the context of globals and locals.\n\n" +
		"source is a str of statements or a code object from compile().\n" +
		"globals must be a dict, locals any mapping; both default to the\ncaller's. closure supplies the cells of a code object's free variables.",
	"format": "Return type(value).__format__(value, format_spec)\n\n" +
		"Most types use the format specification mini-language; see\nhelp('FORMATTING'). An empty format_spec usually gives str(value).",
	"getattr": "getattr(object, name[, default]) -> value\n\n" +
		"Return the attribute called name; getattr(x, 'y') is x.y. If the\n" +
		"attribute is missing, return default when given, else raise\nAttributeError.",
	"globals": "Return the dictionary containing the current scope's global variables.\n\n" +
		"Changes to it change the globals themselves.",
	"hasattr":    "Return whether the object has an attribute with the given name.\n\nIt calls getattr(obj, name) and catches AttributeError.",
	"hash":       "Return the hash value for the given object.\n\nObjects that compare equal have the same hash; the reverse need not hold.",
	"hex":        "Return the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'",
	"id":         "Return the identity of an object.\n\nIt is unique among the objects alive at the same time.",
	"input":      "Read a string from standard input.  The trailing newline is stripped.\n\nThe prompt, if given, is written to standard output first. At end of\ninput, raise EOFError. Where readline is loaded, it is used.",
	"isinstance": "Return whether an object is an instance of a class or of a subclass thereof.\n\nA tuple or union of classes, as in isinstance(x, (A, B, ...)), checks\neach of them.",
	"issubclass": "Return whether 'cls' is derived from another class or is the same class.\n\nA tuple or union of classes, as in issubclass(x, (A, B, ...)), checks\neach of them.",
	"iter": "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\n" +
		"Return an iterator: in the first form, the iterable's own, or one over\n" +
		"a sequence; in the second, one calling callable until it returns\nsentinel.",
	"len":    "Return the number of items in a container.",
	"locals": "Return a dictionary containing the current scope's local variables.\n\nWhether changes to it affect the local variables is implementation\ndependent.",
	"max": "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\n" +
		"The largest item of the iterable, or of two or more arguments. default\n" +
		"is what an empty iterable gives (else ValueError); key compares the\nitems by key(item).",
	"min": "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\n" +
		"The smallest item of the iterable, or of two or more arguments. default\n" +
		"is what an empty iterable gives (else ValueError); key compares the\nitems by key(item).",
	"next": "next(iterator[, default])\n\nReturn the next item of the iterator; at its end, return default if\ngiven, else raise StopIteration.",
	"oct":  "Return the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'",
	"ord":  "Return the Unicode code point for a one-character string.",
	"pow":  "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\nThe three-argument form can be computed faster than the expression.",
	"print": "Prints the values to a stream, or to sys.stdout by default.\n\n" +
		"  sep\n    string inserted between values, default a space.\n" +
		"  end\n    string appended after the last value, default a newline.\n" +
		"  file\n    a file-like object (stream); defaults to the current sys.stdout.\n" +
		"  flush\n    whether to forcibly flush the stream.",
	"repr":    "Return the canonical string representation of the object.\n\nFor many types, eval(repr(obj)) == obj.",
	"round":   "Round a number to a given precision in decimal digits.\n\nWithout ndigits the result is an int, else it has the number's type.\nndigits may be negative.",
	"setattr": "Sets the named attribute on the given object to the specified value.\n\nsetattr(x, 'y', v) is equivalent to ``x.y = v``",
	"sorted":  "Return a new list containing all items from the iterable in ascending order.\n\nkey customizes the sort order and reverse reverses it; equal items keep\ntheir order.",
	"sum":     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n\nFor str use ''.join(seq) instead; sum() refuses a str start value.",
	"vars":    "vars([object]) -> dictionary\n\nWithout an argument, the same as locals(). With one, its __dict__.",
}

// init runs after builtins_async.go's, which fills builtinAsyncFuncs (Go
// runs a package's init functions in file name order).
func init() {
	for _, fs := range [][]Method{builtinFunctions, builtinAsyncFuncs} {
		for i := range fs {
			if d, ok := builtinDocs[fs[i].Name]; ok && fs[i].Doc == "" {
				fs[i].Doc = d
			}
		}
	}
}

// This file gives the builtin types and exceptions that had none their
// __doc__ (help(int), pydoc, and programs that print a type's docstring
// read it). As for the builtin functions (builtins_doc.go), a docstring
// starts with CPython's call forms where CPython's does, because tools
// parse them; the prose is our own.

package runtime

// typeDocs maps a builtin type to its __doc__.
var typeDocs = map[*Type]string{
	BoolType: "bool(x) -> bool\n\n" +
		"True when the argument is true, False otherwise. bool is a subclass of\n" +
		"int with exactly two instances, True and False; it cannot be subclassed.",
	ClassMethodType: "classmethod(function) -> method\n\n" +
		"Make a function a class method: called through the class or an\n" +
		"instance, it receives the class as its first argument.\n\n" +
		"    class C:\n        @classmethod\n        def f(cls, arg1, arg2, argN):\n            ...",
	ComplexType: "Create a complex number from a real part and an optional imaginary part.\n\n" +
		"The value is real + imag*1j; imag defaults to 0. A string argument is\nparsed instead.",
	DictType: "dict() -> new empty dictionary\n" +
		"dict(mapping) -> new dictionary initialized from a mapping object's\n" +
		"    (key, value) pairs\n" +
		"dict(iterable) -> new dictionary initialized as if via:\n" +
		"    d = {}\n    for k, v in iterable:\n        d[k] = v\n" +
		"dict(**kwargs) -> new dictionary initialized with the name=value pairs\n" +
		"    in the keyword argument list.  For example:  dict(one=1, two=2)",
	EnumerateType: "Return an enumerate object.\n\n" +
		"  iterable\n    an object supporting iteration\n\n" +
		"The enumerate object yields pairs (index, item), the index counting\n" +
		"from start (default 0).",
	FilterType: "filter(function or None, iterable) --> filter object\n\n" +
		"An iterator over the items of iterable for which function(item) is\n" +
		"true; with None, over the items that are true themselves.",
	FloatType: "Convert a string or number to a floating point number, if possible.",
	FrozenSetType: "frozenset() -> empty frozenset object\n" +
		"frozenset(iterable) -> frozenset object\n\n" +
		"An immutable, hashable collection of unique elements.",
	IntType: "int([x]) -> integer\nint(x, base=10) -> integer\n\n" +
		"Convert a number or string to an integer; 0 without arguments. A\n" +
		"number goes through x.__int__() (or __index__(), or __trunc__()), a\n" +
		"float is truncated towards zero.\n\n" +
		"A string, bytes or bytearray x is an integer literal in the given\n" +
		"base, optionally signed and surrounded by whitespace. The base is\n" +
		"2 to 36, or 0 to read it from the literal's prefix as in code.\n" +
		">>> int('0b100', base=0)\n4",
	ListType: "Built-in mutable sequence.\n\n" +
		"Without an argument, the new list is empty; with an iterable, it holds\nits items.",
	MapType: "map(func, *iterables) --> map object\n\n" +
		"An iterator that calls func with one item of each iterable at a\n" +
		"time, stopping when the shortest iterable is exhausted.",
	MemoryViewType: "Create a new memoryview object which references the given object.",
	RangeType: "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\n" +
		"An immutable sequence of integers from start (inclusive, default 0) to\n" +
		"stop (exclusive), step apart (default 1; it may be negative).",
	ReversedType: "Return a reverse iterator over the values of the given sequence.",
	SetType: "set() -> new empty set object\nset(iterable) -> new set object\n\n" +
		"A mutable collection of unique elements.",
	SliceType: "slice(stop)\nslice(start, stop[, step])\n\n" +
		"The object of the extended indexing a[start:stop:step]; the\nmissing parts are None.",
	StaticMethodType: "staticmethod(function) -> method\n\n" +
		"Make a function a static method: it receives no implicit first\n" +
		"argument, whether called through the class or an instance.\n\n" +
		"    class C:\n        @staticmethod\n        def f(arg1, arg2, argN):\n            ...",
	SuperType: "super() -> same as super(__class__, <first argument>)\n" +
		"super(type) -> unbound super object\n" +
		"super(type, obj) -> bound super object; requires isinstance(obj, type)\n" +
		"super(type, type2) -> bound super object; requires issubclass(type2, type)\n" +
		"Typical use to call a cooperative superclass method:\n" +
		"class C(B):\n    def meth(self, arg):\n        super().meth(arg)\n" +
		"This works for class methods too:\n" +
		"class C(B):\n    @classmethod\n    def cmeth(cls, arg):\n        super().cmeth(arg)\n",
	TupleType: "Built-in immutable sequence.\n\n" +
		"Without an argument, the new tuple is empty; with an iterable, it\n" +
		"holds its items. A tuple argument is returned itself.",
	ZipType: "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n" +
		"   >>> list(zip('abcdefg', range(3), range(4)))\n" +
		"   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\n" +
		"The i-th tuple holds the i-th item of each iterable. With strict=True,\n" +
		"iterables of different lengths raise ValueError.",
	PropertyType: "Property attribute.\n\n" +
		"  fget\n    the function that computes the attribute's value\n" +
		"  fset\n    the function that assigns it\n" +
		"  fdel\n    the function that deletes it\n" +
		"  doc\n    the docstring (by default fget's)\n\n" +
		"The usual spelling is the decorator:\n\n" +
		"class C:\n    @property\n    def x(self):\n        return self._x\n" +
		"    @x.setter\n    def x(self, value):\n        self._x = value\n",
	TypeType:         "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type",
	CellType:         "Create a new cell object.\n\n  contents\n    what the cell holds; without it the cell is empty, and reading\n    its cell_contents raises ValueError.",
	CodeType:         "Create a code object: compiled Python code with its constants and names.",
	ModuleType:       "Create a module object.\n\nname must be a str; doc, its docstring, may be any object.",
	GenericAliasType: "Represent a PEP 585 generic type\n\nlist[int] is one: its __origin__ is list and its __args__ (int,).",
	UnionType:        "Represent a PEP 604 union type\n\nint | str is one.",
	TracebackType: "TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)\n--\n\n" +
		"A link of a traceback: the frame, instruction and line where an\nexception passed.",
}

// exceptionDocs maps a builtin exception's name to its __doc__.
var exceptionDocs = map[string]string{
	"BaseException":             "The root of the exception hierarchy.",
	"BaseExceptionGroup":        "Several unrelated exceptions raised together (PEP 654).",
	"Exception":                 "The base class of the exceptions that are not requests to exit.",
	"ArithmeticError":           "The base class of the errors of arithmetic operations.",
	"AssertionError":            "An assert statement's condition was false.",
	"AttributeError":            "An attribute could not be found (or set or deleted).",
	"BlockingIOError":           "A non-blocking operation could not proceed without blocking.",
	"BrokenPipeError":           "The other end of a pipe or socket was closed.",
	"BufferError":               "A buffer operation could not be performed.",
	"BytesWarning":              "The base class of warnings about mixing bytes and str (python -b).",
	"ChildProcessError":         "An operation on a child process failed.",
	"ConnectionAbortedError":    "The peer aborted the connection.",
	"ConnectionError":           "The base class of connection errors.",
	"ConnectionRefusedError":    "The peer refused the connection.",
	"ConnectionResetError":      "The peer reset the connection.",
	"DeprecationWarning":        "The base class of warnings about deprecated features.",
	"EOFError":                  "Input ended where more was expected.",
	"EncodingWarning":           "The base class of warnings about implicit text encodings.",
	"FileExistsError":           "The file or directory exists already.",
	"FileNotFoundError":         "The file or directory does not exist.",
	"FloatingPointError":        "A floating point operation failed.",
	"FutureWarning":             "The base class of warnings about constructs whose meaning will change.",
	"GeneratorExit":             "Asks a generator or coroutine to finish (close()).",
	"ImportError":               "A module could not be imported, or a name not imported from it.",
	"ImportWarning":             "The base class of warnings about likely mistakes in imports.",
	"IndentationError":          "The indentation of the source is wrong.",
	"IndexError":                "A sequence index is out of range.",
	"InterruptedError":          "A system call was interrupted by a signal.",
	"IsADirectoryError":         "The operation does not apply to a directory.",
	"KeyError":                  "A mapping has no such key.",
	"KeyboardInterrupt":         "The user interrupted the program (Ctrl-C).",
	"LookupError":               "The base class of the errors of failed lookups.",
	"MemoryError":               "Memory ran out.",
	"ModuleNotFoundError":       "No module of that name could be found.",
	"NameError":                 "A global or builtin name is not defined.",
	"NotADirectoryError":        "The operation applies only to directories.",
	"NotImplementedError":       "A method or function that must be overridden or written was not.",
	"OSError":                   "The base class of errors the operating system reports.",
	"OverflowError":             "A result is too large for its representation.",
	"PendingDeprecationWarning": "The base class of warnings about features to be deprecated.",
	"PermissionError":           "The operation is not permitted (access rights).",
	"ProcessLookupError":        "No such process exists.",
	"RecursionError":            "The maximum recursion depth was exceeded.",
	"ReferenceError":            "A weak proxy was used after its referent was collected.",
	"ResourceWarning":           "The base class of warnings about resources (unclosed files, ...).",
	"RuntimeError":              "An error that fits no other category.",
	"RuntimeWarning":            "The base class of warnings about dubious run-time behaviour.",
	"StopAsyncIteration":        "Ends an asynchronous iteration (raised by __anext__()).",
	"StopIteration":             "Ends an iteration (raised by __next__()).",
	"SyntaxError":               "The source is not valid Python.",
	"SyntaxWarning":             "The base class of warnings about dubious syntax.",
	"SystemError":               "An internal error of the interpreter; please report it.",
	"SystemExit":                "Asks the interpreter to exit (sys.exit()).",
	"TabError":                  "The indentation mixes tabs and spaces inconsistently.",
	"TimeoutError":              "An operation timed out.",
	"TypeError":                 "An argument or operand has an unsuitable type.",
	"UnboundLocalError":         "A local variable was read before it was assigned.",
	"UnicodeDecodeError":        "Bytes could not be decoded.",
	"UnicodeEncodeError":        "A string could not be encoded.",
	"UnicodeError":              "The base class of the errors of text encoding and decoding.",
	"UnicodeTranslateError":     "A string could not be translated.",
	"UnicodeWarning":            "The base class of warnings about text encoding problems.",
	"UserWarning":               "The default category of warnings.warn().",
	"ValueError":                "An argument has the right type but an unsuitable value.",
	"Warning":                   "The base class of the warning categories.",
	"ZeroDivisionError":         "The divisor of a division or modulo operation was zero.",
}

func init() {
	for t, d := range typeDocs {
		setStaticTypeDoc(t, d)
	}
	for name, d := range exceptionDocs {
		if t := exceptionTypeByName[name]; t != nil {
			setStaticTypeDoc(t, d)
		}
	}
}

// setStaticTypeDoc gives a builtin type without one its docstring, in Doc
// (read when the type is readied, and by type.__doc__) and in its
// __dict__ when it was readied already.
func setStaticTypeDoc(t *Type, d string) {
	if t.Doc != "" {
		return
	}
	t.Doc = d
	if t.dict == nil {
		return // not made yet: filling it reads t.Doc
	}
	if v, ok := t.Dict().GetStr(Intern("__doc__")); ok && v.IsNone() {
		t.Dict().SetStr(Intern("__doc__"), StrValue(d))
	}
}

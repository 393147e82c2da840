// This file gives the methods of the builtin types that had none their
// __doc__: help(str.split), pydoc, and doctest's DocTestFinder read them
// (test_doctest counts the builtins objects with a docstring and those with
// examples). The prose is our own; the examples that CPython's docstrings
// hold are kept, as examples, in the same number, because doctest runs and
// counts them. addMethods (method.go) fills a method's empty Doc from here.

package runtime

// bytesLikeDocs documents the methods str, bytes and bytearray share; the
// wording fits all three ("the sequence" is the string or the bytes).
var bytesLikeDocs = map[string]string{
	"capitalize":   "Return a copy with its first character upper case and the rest lower case.",
	"center":       "Return the sequence centred in a field of the given width.\n\nThe padding is fillchar (a space by default); a width not above the\nlength gives an unchanged copy.",
	"count":        "Return how many non-overlapping occurrences of sub there are in\nsequence[start:end] (start and end read as in slice notation).",
	"endswith":     "Return True if the sequence ends with suffix, False otherwise.\n\nsuffix may be a tuple of candidates; start and end limit the comparison\nto sequence[start:end].",
	"expandtabs":   "Return a copy in which each tab character is replaced by spaces up to\nthe next multiple of tabsize (8 by default) columns.",
	"find":         "Return the lowest index at which sub is found in sequence[start:end].\n\nReturn -1 when sub is not there.",
	"index":        "Return the lowest index at which sub is found in sequence[start:end].\n\nRaise ValueError when sub is not there.",
	"isalnum":      "Return True if the sequence is not empty and all its characters are\nletters or digits, False otherwise.",
	"isalpha":      "Return True if the sequence is not empty and all its characters are\nletters, False otherwise.",
	"isascii":      "Return True if the sequence is empty or all its characters are ASCII\n(code points 0 to 127), False otherwise.",
	"isdigit":      "Return True if the sequence is not empty and all its characters are\ndigits, False otherwise.",
	"islower":      "Return True if the sequence has at least one cased character and all\nits cased characters are lower case, False otherwise.",
	"isspace":      "Return True if the sequence is not empty and all its characters are\nwhitespace, False otherwise.",
	"istitle":      "Return True if the sequence is title-cased: each word starts with an\nupper-case character and goes on in lower case. False otherwise.",
	"isupper":      "Return True if the sequence has at least one cased character and all\nits cased characters are upper case, False otherwise.",
	"join":         "Concatenate the items of the iterable, with this sequence between\neach two of them, and return the result.",
	"ljust":        "Return the sequence left-justified in a field of the given width.\n\nThe padding is fillchar (a space by default) on the right.",
	"lower":        "Return a copy with all cased characters converted to lower case.",
	"lstrip":       "Return a copy without the leading characters found in chars\n(whitespace when chars is None or omitted).",
	"partition":    "Split the sequence at the first occurrence of sep.\n\nReturn a 3-tuple: the part before sep, sep itself and the part after\nit; when sep is not found, the whole sequence and two empty ones.",
	"removeprefix": "Return a copy without the given prefix if the sequence starts with it,\nelse an unchanged copy.",
	"removesuffix": "Return a copy without the given suffix if the sequence ends with it,\nelse an unchanged copy.",
	"replace":      "Return a copy with the occurrences of old replaced by new.\n\nWhen count is given and not -1, only the first count occurrences are\nreplaced.",
	"rfind":        "Return the highest index at which sub is found in sequence[start:end].\n\nReturn -1 when sub is not there.",
	"rindex":       "Return the highest index at which sub is found in sequence[start:end].\n\nRaise ValueError when sub is not there.",
	"rjust":        "Return the sequence right-justified in a field of the given width.\n\nThe padding is fillchar (a space by default) on the left.",
	"rpartition":   "Split the sequence at the last occurrence of sep.\n\nReturn a 3-tuple: the part before sep, sep itself and the part after\nit; when sep is not found, two empty sequences and the whole one.",
	"rsplit":       "Return a list of the parts of the sequence between occurrences of sep,\nsplitting from the right.\n\nWith sep None, runs of whitespace separate and empty parts are dropped.\nAt most maxsplit splits are made (-1: no limit), the rightmost ones.",
	"rstrip":       "Return a copy without the trailing characters found in chars\n(whitespace when chars is None or omitted).",
	"split":        "Return a list of the parts of the sequence between occurrences of sep.\n\nWith sep None, runs of whitespace separate and empty parts are dropped.\nAt most maxsplit splits are made (-1: no limit), the leftmost ones.",
	"splitlines":   "Return a list of the lines of the sequence, split at line boundaries.\n\nThe line breaks are dropped unless keepends is true.",
	"startswith":   "Return True if the sequence starts with prefix, False otherwise.\n\nprefix may be a tuple of candidates; start and end limit the comparison\nto sequence[start:end].",
	"strip":        "Return a copy without the leading and trailing characters found in\nchars (whitespace when chars is None or omitted).",
	"swapcase":     "Return a copy with upper-case characters made lower case and\nlower-case ones upper case.",
	"title":        "Return a title-cased copy: each word starts with an upper-case\ncharacter and goes on in lower case.",
	"translate":    "Return a copy with each character mapped through the given table.",
	"upper":        "Return a copy with all cased characters converted to upper case.",
	"zfill":        "Pad a numeric sequence with zeros on the left to the given width.\n\nA leading sign stays in front of the zeros; the sequence is never\ntruncated.",
}

// hexDoc is bytes.hex's, bytearray.hex's and memoryview.hex's: five examples.
const hexDoc = "Return the bytes as a str of two hexadecimal digits per byte.\n\n" +
	"  sep\n    An optional single character or byte put between groups of bytes.\n" +
	"  bytes_per_sep\n    How many bytes each group holds. Positive values group from the\n" +
	"    right, negative values from the left.\n\n" +
	"Example:\n>>> value = b'\\xb9\\x01\\xef'\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n" +
	">>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'"

var bytesOnlyDocs = map[string]string{
	"decode":  "Decode the bytes with the given codec (UTF-8 by default) into a str.\n\nerrors names the handling of undecodable bytes: 'strict' (the default)\nraises UnicodeDecodeError; 'ignore', 'replace' and the other registered\nhandlers are accepted too.",
	"fromhex": "Create an object of the class from a str of hexadecimal digits.\n\nTwo digits make each byte; spaces between bytes are skipped.",
	"hex":     hexDoc,
}

var bytearrayOnlyDocs = map[string]string{
	"__sizeof__": "Return the size of the bytearray in memory, in bytes.",
	"append":     "Append one byte (an int from 0 to 255) at the end.",
	"clear":      "Remove all the bytes.",
	"copy":       "Return a copy of the bytearray.",
	"extend":     "Append the bytes of the iterable of ints or the bytes-like object.",
	"insert":     "Insert one byte (an int from 0 to 255) before the given index.",
	"pop":        "Remove the byte at the given index (the last by default) and return it.\n\nRaise IndexError when the bytearray is empty or the index out of range.",
	"remove":     "Remove the first byte equal to the given value.\n\nRaise ValueError when there is none.",
	"reverse":    "Reverse the order of the bytes, in place.",
}

var strOnlyDocs = map[string]string{
	"__format__":   "Return the str formatted as the format spec asks.",
	"__sizeof__":   "Return the size of the str in memory, in bytes.",
	"casefold":     "Return a copy fit for caseless comparisons.",
	"encode":       "Encode the str with the given codec (UTF-8 by default) into bytes.\n\nerrors names the handling of unencodable characters: 'strict' (the\ndefault) raises UnicodeEncodeError; 'ignore', 'replace',\n'xmlcharrefreplace', 'backslashreplace' and the other registered\nhandlers are accepted too.",
	"format":       "S.format(*args, **kwargs) -> str\n\nReturn a formatted copy of S, with the replacement fields in braces\nfilled from args and kwargs.",
	"format_map":   "S.format_map(mapping) -> str\n\nReturn a formatted copy of S, with the replacement fields in braces\nfilled from the mapping.",
	"isdecimal":    "Return True if the str is not empty and all its characters are\ndecimal characters, False otherwise.",
	"isidentifier": "Return True if the str is a valid identifier of the language, as\nkeyword names are too (keyword.iskeyword tells those apart).",
	"isnumeric":    "Return True if the str is not empty and all its characters are\nnumeric, False otherwise.",
	"isprintable":  "Return True if all the characters of the str are printable (an empty\nstr is), False otherwise.",
}

var intDocs = map[string]string{
	"__ceil__":    "Ceiling of an Integral returns itself.",
	"__divmod__":  "Return divmod(self, value).",
	"__floor__":   "Flooring an Integral returns itself.",
	"__index__":   "Return self converted to an integer, if self is suitable for use as an\nindex into a list.",
	"__rdivmod__": "Return divmod(value, self).",
	"__round__":   "Rounding an Integral returns itself.\n\nWith ndigits, an int rounded to that many digits is returned.",
	"__sizeof__":  "Return the size of the int in memory, in bytes.",
	"__trunc__":   "Truncating an Integral returns itself.",
	"as_integer_ratio": "Return a pair of ints whose ratio equals the int exactly, with a\npositive denominator (always 1).\n\n" +
		">>> (10).as_integer_ratio()\n(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)",
	"bit_count": "Return the number of ones in the binary form of abs(self).\n\n" +
		">>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3",
	"bit_length": "Return the number of bits needed to write abs(self) in binary,\nwithout sign and leading zeros.\n\n" +
		">>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6",
	"conjugate":  "Returns self, the complex conjugate of any int.",
	"from_bytes": "Return the int the given bytes represent.\n\n  bytes\n    A bytes-like object, or an iterable of ints from 0 to 255.\n  byteorder\n    'big' (the default) or 'little': where the most significant byte is.\n  signed\n    Whether the bytes hold a two's complement negative number.",
	"to_bytes":   "Return the int as a bytes object of the given length.\n\n  length\n    How many bytes (1 by default); OverflowError when the int needs more.\n  byteorder\n    'big' (the default) or 'little': where the most significant byte goes.\n  signed\n    Whether a negative int is written in two's complement; if false, a\n    negative int raises OverflowError.",
}

var floatDocs = map[string]string{
	"__ceil__":      "Return the ceiling as an Integral.",
	"__divmod__":    "Return divmod(self, value).",
	"__floor__":     "Return the floor as an Integral.",
	"__format__":    "Return the float formatted as the format spec asks.",
	"__getformat__": "Return 'IEEE, little-endian', 'IEEE, big-endian' or 'unknown': the\nlayout in memory of the C type named by typestr ('double' or 'float').\n\nPython's test suite uses it; programs should not need it.",
	"__rdivmod__":   "Return divmod(value, self).",
	"__round__":     "Return the Integral closest to the float, ties going to the even one.\n\nWith ndigits, round as the builtin round(x, ndigits) does.",
	"__trunc__":     "Return the Integral closest to the float between it and 0.",
	"as_integer_ratio": "Return a pair of ints whose ratio equals the float exactly, with a\npositive denominator.\n\nInfinities raise OverflowError and NaNs ValueError.\n\n" +
		">>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, 4)",
	"conjugate": "Return self, the complex conjugate of any float.",
	"fromhex": "Return the float a hexadecimal str denotes.\n\n" +
		">>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324",
	"hex": "Return the float written in hexadecimal.\n\n" +
		">>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'",
	"is_integer": "Return True if the float is finite and has no fractional part.",
}

var complexDocs = map[string]string{
	"__complex__": "Convert the number to a complex: itself.",
	"__format__":  "Return the complex formatted as the format spec asks.",
	"conjugate":   "Return the complex conjugate: the same real part, the imaginary part\nnegated.",
}

var listDocs = map[string]string{
	"__class_getitem__": "See PEP 585",
	"__reversed__":      "Return a reverse iterator over the list.",
	"append":            "Append object at the end of the list.",
	"clear":             "Remove all the items of the list.",
	"copy":              "Return a shallow copy of the list.",
	"count":             "Return how many items equal value.",
	"extend":            "Append the items of the iterable at the end of the list.",
	"index":             "Return the first index of an item equal to value, looking in\nlist[start:stop].\n\nRaise ValueError when there is none.",
	"insert":            "Insert object before index.",
	"pop":               "Remove the item at index (the last by default) and return it.\n\nRaise IndexError when the list is empty or the index out of range.",
	"remove":            "Remove the first item equal to value.\n\nRaise ValueError when there is none.",
	"reverse":           "Reverse the order of the items, in place.",
	"__sizeof__":        "Return the size of the list in memory, in bytes.",
	"sort":              "Sort the list in ascending order, in place, and return None.\n\nThe sort is stable: equal items keep their order. key, if given, is\ncalled once on each item and the results are compared instead of the\nitems; reverse sorts in descending order, still stably.",
}

var tupleDocs = map[string]string{
	"__class_getitem__": "See PEP 585",
	"count":             "Return how many items equal value.",
	"index":             "Return the first index of an item equal to value, looking in\ntuple[start:stop].\n\nRaise ValueError when there is none.",
}

var rangeDocs = map[string]string{
	"__reversed__": "Return a reverse iterator over the range.",
	"count":        "Return how many items of the range equal value (0 or 1 for an int).",
	"index":        "Return the index of value in the range.\n\nRaise ValueError when it is not in the range.",
}

var memoryviewDocs = map[string]string{
	"cast":       "Return a view of the same memory with another format or shape.",
	"hex":        hexDoc,
	"release":    "Release the buffer the view exports; the view is unusable after it.",
	"tobytes":    "Return the data of the view as a bytes object.\n\norder ('C', 'F' or 'A') gives the order of the elements of a\nmulti-dimensional view; None and 'C' mean C order.",
	"tolist":     "Return the data of the view as a (nested) list of its elements.",
	"toreadonly": "Return a read-only view of the same memory.",
}

var objectDocs = map[string]string{
	"__dir__":           "Return the default dir() of the object: the names of its attributes.",
	"__format__":        "Return str(self) for an empty format spec; a non-empty one is an\nerror.",
	"__getstate__":      "Helper for pickle.",
	"__init_subclass__": "Called when a class is subclassed.\n\nThis default does nothing; classes override it to act on their\nsubclasses.\n",
	"__reduce__":        "Helper for pickle.",
	"__reduce_ex__":     "Helper for pickle.",
	"__sizeof__":        "Return the size of the object in memory, in bytes.",
	"__subclasshook__":  "Abstract classes can override this to customise issubclass().\n\nabc.ABCMeta.__subclasscheck__() calls it first. It returns True, False\nor NotImplemented; with NotImplemented the usual algorithm decides,\notherwise the result stands (it is cached).\n",
}

var propertyDocs = map[string]string{
	"__set_name__": "Method to set name of a property.",
	"deleter":      "Return a copy of the property with a different deleter.",
	"getter":       "Return a copy of the property with a different getter.",
	"setter":       "Return a copy of the property with a different setter.",
}

var typeMethodDocs = map[string]string{
	"__instancecheck__": "Return True if instance is an instance of the class.",
	"__prepare__":       "__prepare__() -> dict\nCreate the namespace of a class statement's body.",
	"__subclasscheck__": "Return True if subclass is a subclass of the class.",
	"__sizeof__":        "Return the size of the type object in memory, in bytes.",
	"__subclasses__":    "Return a list of the direct subclasses that are still alive.",
	"mro":               "Return a type's method resolution order.",
}

var exceptionMethodDocs = map[string]string{
	"add_note":       "Add a note (a str) to the exception's __notes__, which the\ntraceback shows after the message.",
	"with_traceback": "Set self.__traceback__ to tb and return self.",
}

var sliceDocs = map[string]string{
	"indices": "S.indices(len) -> (start, stop, stride)\n\nReturn the start, stop and stride a slice of a sequence of the given\nlength uses, with the missing and out-of-range values resolved.",
}

// builtinMethodDocs maps a builtin type's name to the docs of its methods;
// the first table that has the name wins.
var builtinMethodDocs = map[string][]map[string]string{
	"str":           {strOnlyDocs, bytesLikeDocs},
	"bytes":         {bytesOnlyDocs, bytesLikeDocs},
	"bytearray":     {bytearrayOnlyDocs, bytesOnlyDocs, bytesLikeDocs},
	"int":           {intDocs},
	"float":         {floatDocs},
	"complex":       {complexDocs},
	"list":          {listDocs},
	"tuple":         {tupleDocs},
	"range":         {rangeDocs},
	"memoryview":    {memoryviewDocs},
	"object":        {objectDocs},
	"property":      {propertyDocs},
	"type":          {typeMethodDocs},
	"BaseException": {exceptionMethodDocs},
	"slice":         {sliceDocs},
}

// builtinMethodDoc returns the doc of method name of the builtin type
// named typeName, or "".
func builtinMethodDoc(typeName, name string) string {
	for _, docs := range builtinMethodDocs[typeName] {
		if d, ok := docs[name]; ok {
			return d
		}
	}
	return ""
}

// ownsGetattribute lists the builtin types whose C type sets tp_getattro
// itself (to the generic getter, as object's): CPython shows a
// __getattribute__ slot wrapper in their own __dict__.
func ownsGetattribute(t *Type) bool {
	switch t {
	case BaseExceptionType, ByteArrayType, BytesType, ComplexType, DictType, EnumerateType,
		FilterType, FloatType, FrozenSetType, IntType, ListType, MapType, MemoryViewType,
		PropertyType, RangeType, ReversedType, SetType, SliceType, StrType, TupleType, ZipType:
		return true
	}
	return false
}

// finishCompat13Type adjusts which slots of a builtin type show in its
// __dict__ to match CPython's: the types above get __getattribute__,
// BaseException __setattr__ and __delattr__ (its C type sets
// tp_setattro), bool loses __bool__ and __hash__ (its C type inherits
// int's), and list, bytearray and type get __sizeof__. Only the dict
// entries change; the slots stay as the type's setup filled them.
func finishCompat13Type(t *Type) {
	switch {
	case ownsGetattribute(t):
		t.ownSlots |= setSlotsIn(t, slotMaskNamed("__getattribute__")) // init14_slotmasks.go
	case t == BoolType:
		t.ownSlots &^= slotMaskNamed("__bool__") | slotMaskNamed("__hash__")
	}
	if t == BaseExceptionType {
		t.ownSlots |= setSlotsIn(t, slotMaskNamed("__setattr__"))
	}
	switch t {
	case ListType, ByteArrayType, TypeType:
		t.methods = append(t.methods[:len(t.methods):len(t.methods)], Method{Name: "__sizeof__", Flags: MethNoArgs, Fn: sizeofMethod})
	}
}

// sizeofMethod is the __sizeof__ of list, bytearray and type, which report
// the sizes object.__sizeof__ computes for them.
func sizeofMethod(self Value, _ []Value) (Value, *Exception) {
	return Int(objectSizeOf(self)), nil
}

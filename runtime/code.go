// This file defines Code, the runtime's code object: the compiler's plain
// Code with its constants turned into Values, its names interned, and the
// inline cache array the interpreter specializes into.

package runtime

import (
	"math/big"
	"unsafe"

	"krait/compiler"
	"krait/syntax"
)

// CodeType is Python's code type.
var CodeType = newBuiltinType("code", ObjectType, 0)

// Code is a code object.
type Code struct {
	Header
	c        *compiler.Code
	instrs   []uint32
	consts   []Value
	names    []*Str
	varnames []*Str
	cellvars []*Str // Cellvars then Freevars
	ncells   int32  // len(Cellvars)
	nfree    int32
	argcount int // positional parameters
	nparams  int // argcount + kwonly + varargs + varkw
	name     *Str
	qualname *Str
	// cellArg[i] is the parameter index that initializes cell i, or -1.
	cellArg []int
	caches  []cacheEntry
	flags   compiler.CodeFlags
	// The one-byte fields share a word with flags (start15_code.go).
	// simple reports a code whose frame setup is only "copy the positional
	// arguments" (no cells, no *args/**kwargs, no kw-only, not a generator).
	simple bool
	// plainArgs is simple allowing cells: the positional arguments are
	// copied, then setupCells runs (perfcall).
	plainArgs bool
	// comp says whether this is a list/set/dict comprehension's code, and
	// compFn is the function MAKE_FUNCTION made for it last (comprehension.go).
	comp int8
	// cacheIndex is the marshalled form of c.CacheIndex for a code object
	// loaded from a .pyc, decoded by initCaches when it first runs.
	cacheIndex string
	// extra holds the *codeExtra of the rarely used fields, or nil
	// (heap20_codeextra.go); read and written atomically.
	extra unsafe.Pointer
	// lazy holds the body of a code object read from a .pyc until it is
	// needed (lazy14_code.go); nil once read.
	lazy *lazyCode
}

// NewCode converts a compiled code object and the code objects in its
// constants: one compilation unit.
func NewCode(c *compiler.Code) *Code { return newCodeIn(c, &constUnit{}) }

// newCodeIn converts c, a code object of unit.
func newCodeIn(c *compiler.Code, unit *constUnit) *Code {
	// Names first: CPython interns identifiers while parsing, before any
	// constant is made, and a frozenset constant's order depends on it.
	names, varnames, name := internAll(c.Names), internAll(c.Varnames), Intern(c.Name)
	cells := internAll(append(append([]string(nil), c.Cellvars...), c.Freevars...))
	consts := make([]Value, len(c.Consts))
	for i, k := range c.Consts {
		consts[i] = constValueIn(k, unit)
	}
	return newCode(c, consts, names, varnames, cells, name, NewStr(c.QualName))
}

// newCode makes the code object of c from its constants and names already
// converted (cells: the Cellvars then the Freevars); marshal uses it too.
func newCode(c *compiler.Code, consts []Value, names, varnames, cells []*Str, name, qualname *Str) *Code {
	return initCode(new(Code), c, consts, names, varnames, cells, name, qualname)
}

// initCode is newCode filling the fresh Code co (marshal allocates it
// together with its compiler.Code: startup10_marshal.go).
func initCode(co *Code, c *compiler.Code, consts []Value, names, varnames, cells []*Str, name, qualname *Str) *Code {
	*co = Code{Header: Header{CodeType}, c: c, instrs: c.Instrs,
		argcount: c.ArgCount, flags: c.Flags}
	co.consts, co.names, co.varnames, co.cellvars = consts, names, varnames, cells
	co.ncells, co.nfree = int32(len(c.Cellvars)), int32(len(c.Freevars))
	co.nparams = c.ArgCount + c.KwOnlyArgCount
	if c.Flags&compiler.CoVarargs != 0 {
		co.nparams++
	}
	if c.Flags&compiler.CoVarkeywords != 0 {
		co.nparams++
	}
	co.name, co.qualname = name, qualname
	co.cellArg = make([]int, len(c.Cellvars))
	for i, name := range c.Cellvars {
		co.cellArg[i] = -1
		for j := 0; j < co.nparams && j < len(c.Varnames); j++ {
			if c.Varnames[j] == name {
				co.cellArg[i] = j
			}
		}
	}
	co.simple = len(c.Cellvars) == 0 && len(c.Freevars) == 0 && c.KwOnlyArgCount == 0 &&
		c.Flags&(compiler.CoVarargs|compiler.CoVarkeywords|compiler.CoGenerator|compiler.CoCoroutine|compiler.CoAsyncGenerator) == 0 &&
		c.Flags&compiler.CoOptimized != 0 // module code called as a function needs setupCells
	co.plainArgs = c.KwOnlyArgCount == 0 && c.Flags&compiler.CoOptimized != 0 &&
		c.Flags&(compiler.CoVarargs|compiler.CoVarkeywords|compiler.CoGenerator|compiler.CoCoroutine|compiler.CoAsyncGenerator) == 0
	return co
}

// initCaches gives the code its inline cache entries when a frame first
// runs it: most code objects of an imported module never run, and the
// entries take 96 bytes each.
func (co *Code) initCaches() {
	co.load() // lazy14_code.go
	if co.cacheIndex != "" {
		co.c.CacheIndex = decodeCacheIndex(co.cacheIndex, len(co.c.Instrs))
		co.cacheIndex = ""
	}
	if co.caches == nil && co.c.NumCaches > 0 {
		co.caches = make([]cacheEntry, co.c.NumCaches)
	} else if co.caches == nil {
		co.caches = []cacheEntry{} // not nil: pushFrame calls this only once
	}
}

func internAll(ss []string) []*Str {
	out := make([]*Str, len(ss))
	for i, s := range ss {
		out[i] = Intern(s)
	}
	return out
}

// constValue converts a compiler constant to a Value.
func constValue(k any) Value { return constValueIn(k, nil) }

// constValueIn converts a constant of unit (nil: outside any).
func constValueIn(k any, unit *constUnit) Value {
	switch k := k.(type) {
	case nil:
		return None
	case bool:
		return Bool(k)
	case int64:
		return Int(k)
	case *big.Int:
		return NewIntBig(k)
	case float64:
		return Float(k)
	case complex128:
		return NewComplex(real(k), imag(k))
	case string:
		if len(k) < 40 && isIdentifierLike(k) {
			return ValueOf(unit.intern(k))
		}
		return StrValue(k)
	case syntax.Bytes:
		return NewBytes([]byte(k))
	case syntax.Ellipsis:
		return Ellipsis
	case compiler.Tuple:
		items := make([]Value, len(k))
		for i, x := range k {
			items[i] = constValueIn(x, unit)
		}
		return TupleValue(items...)
	case compiler.FrozenSet:
		replaces := unit.internReplacesAny(k) // before the items are interned
		items := make([]Value, len(k))
		for i, x := range k {
			items[i] = constValueIn(x, unit)
		}
		// CPython's compiler builds the frozenset from the source order,
		// then its constant merging rebuilds it from the first one's
		// iteration order; the second table decides the display's order.
		first, _ := newFrozenSetOf(items).TrySet()
		second := newFrozenSetOf(first.Items())
		if !replaces {
			return second
		}
		// Making the code object interns its string constants; when that
		// replaces an item by an equal string interned earlier, CPython
		// builds the frozenset a third time, from the second's order.
		s2, _ := second.TrySet()
		return newFrozenSetOf(s2.Items())
	case *compiler.Code:
		if unit == nil {
			return ValueOf(NewCode(k))
		}
		return ValueOf(newCodeIn(k, unit))
	}
	panic("krait: unknown constant kind")
}

// constUnit is one compilation unit's conversion of constants: CPython
// merges a unit's equal constants into one object, which its first
// interning keeps, so a string this unit's constants interned first is
// never replaced later in the unit.
type constUnit struct {
	interned map[string]bool // strings first interned by this unit's constants
}

// intern interns the identifier-like constant s (unit may be nil).
func (u *constUnit) intern(s string) *Str {
	if u != nil {
		internTable.Lock()
		if _, known := internTable.set.find(s); !known {
			if u.interned == nil {
				u.interned = map[string]bool{}
			}
			u.interned[s] = true
		}
		internTable.Unlock()
	}
	return Intern(s)
}

// internReplacesAny reports whether CPython's interning of the str
// constants among items would replace one by an equal string interned
// before: one-character strings and keywords always (the parser's object
// is not the interned one), others when an identifier, start-up or another
// unit interned them.
func (u *constUnit) internReplacesAny(items compiler.FrozenSet) bool {
	internTable.Lock()
	defer internTable.Unlock()
	for _, x := range items {
		s, ok := x.(string)
		if !ok || s == "" || !isIdentifierLike(s) {
			continue
		}
		if len(s) == 1 || pythonKeywords[s] {
			return true
		}
		if _, ok := internTable.set.find(s); ok && (u == nil || !u.interned[s]) {
			return true
		}
	}
	return false
}

// pythonKeywords are interned in CPython before any program runs.
var pythonKeywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true,
	"def": true, "del": true, "elif": true, "else": true, "except": true, "finally": true,
	"for": true, "from": true, "global": true, "if": true, "import": true, "in": true,
	"is": true, "lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true,
	"raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

// isIdentifierLike reports whether s is made of ASCII letters, digits and
// underscores: CPython interns such constants.
func isIdentifierLike(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// Filename returns co_filename.
func (co *Code) Filename() string { return co.c.Filename }

// Name returns co_name.
func (co *Code) Name() string { return co.name.S }

// lineInfo is what a code object remembers of its lines: the last line
// looked up, and after lineTableAfter lookups the line of every
// instruction word. A traceback entry asks twice for the same pc (the
// frame object, then the entry), and most code objects never see a
// second exception, so the table (tens of KB for a module body) waits.
type lineInfo struct {
	table           []int32
	pc, line, calls int32
}

// lineTableAfter is how many lookups a code object answers by scanning
// its position table before it decodes the whole table once (a scan to a
// pc late in a module body costs about as much as the whole table).
const lineTableAfter = 2

// Line returns the source line of the instruction at pc (-1 if none).
func (co *Code) Line(pc int) int {
	co.load() // lazy14_code.go
	li := co.loadLines()
	switch {
	case li != nil && li.table != nil:
		if pc >= 0 && pc < len(li.table) {
			return int(li.table[pc])
		}
	case li != nil && int(li.pc) == pc:
		return int(li.line)
	case li != nil && li.calls >= lineTableAfter:
		co.storeLines(&lineInfo{table: co.c.Lines()})
		return co.Line(pc)
	default:
		line := co.c.LineAt(pc)
		calls := int32(1)
		if li != nil {
			calls = li.calls + 1
		}
		co.storeLines(&lineInfo{pc: int32(pc), line: line, calls: calls})
		return int(line)
	}
	return int(co.c.LineAt(pc))
}

func init() {
	CodeType.Repr = func(v Value) (Value, *Exception) {
		co := ptrOf[Code](v)
		return StrValue("<code object " + co.name.S + " at " + hexAddr(v) + ", file \"" + co.c.Filename + "\", line " + itoa(co.c.FirstLineNo) + ">"), nil
	}
	CodeType.Hash = code_hash // code_compare.go
	CodeType.RichCompare = code_richcompare
	CodeType.getsets = []GetSetDef{
		{Name: "co_name", Get: func(v Value) (Value, *Exception) { return ValueOf(ptrOf[Code](v).name), nil }},
		{Name: "co_qualname", Get: func(v Value) (Value, *Exception) { return ValueOf(ptrOf[Code](v).qualname), nil }},
		{Name: "co_filename", Get: func(v Value) (Value, *Exception) { return StrValue(ptrOf[Code](v).c.Filename), nil }},
		{Name: "co_firstlineno", Get: func(v Value) (Value, *Exception) { return Int(int64(ptrOf[Code](v).c.FirstLineNo)), nil }},
		{Name: "co_argcount", Get: func(v Value) (Value, *Exception) { return Int(int64(ptrOf[Code](v).argcount)), nil }},
		{Name: "co_posonlyargcount", Get: func(v Value) (Value, *Exception) { return Int(int64(ptrOf[Code](v).c.PosOnlyArgCount)), nil }},
		{Name: "co_kwonlyargcount", Get: func(v Value) (Value, *Exception) { return Int(int64(ptrOf[Code](v).c.KwOnlyArgCount)), nil }},
		{Name: "co_flags", Get: func(v Value) (Value, *Exception) { return Int(int64(ptrOf[Code](v).flags)), nil }},
		{Name: "co_varnames", Get: func(v Value) (Value, *Exception) { return strTuple(ptrOf[Code](v).varnames), nil }},
		{Name: "co_cellvars", Get: func(v Value) (Value, *Exception) { co := ptrOf[Code](v); return strTuple(co.cellvars[:co.ncells]), nil }},
		{Name: "co_freevars", Get: func(v Value) (Value, *Exception) { co := ptrOf[Code](v); return strTuple(co.cellvars[co.ncells:]), nil }},
		{Name: "co_names", Get: func(v Value) (Value, *Exception) {
			if cv := ptrOf[Code](v).cpyView(); cv != nil {
				return TupleValue(append([]Value(nil), cv.names...)...), nil
			}
			return strTuple(ptrOf[Code](v).names), nil
		}},
		{Name: "co_consts", Get: func(v Value) (Value, *Exception) {
			if cv := ptrOf[Code](v).cpyView(); cv != nil {
				return TupleValue(append([]Value(nil), cv.consts...)...), nil
			}
			co := ptrOf[Code](v)
			co.load()
			return TupleValue(append([]Value(nil), co.consts...)...), nil
		}},
		{Name: "co_nlocals", Get: func(v Value) (Value, *Exception) { return Int(int64(len(ptrOf[Code](v).varnames))), nil }},
	}
}

func strTuple(ss []*Str) Value {
	items := make([]Value, len(ss))
	for i, s := range ss {
		items[i] = ValueOf(s)
	}
	return TupleValue(items...)
}

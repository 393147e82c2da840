// This file defines the opcode table, the single source of truth for Krait's
// register bytecode: per opcode its name, operand format, number of inline
// cache entries and a one-line effect. The Opcode constants in
// opcodes_gen.go are generated from it (`go generate`, checked by
// TestOpcodeConstsUpToDate). docs/design/bytecode.md explains the design.

package compiler

//go:generate go test -run TestOpcodeConstsUpToDate -update-opcodes

// Opcode is the low byte of an instruction.
type Opcode uint8

// Format letters, one per operand in the order a, b, c. A lowercase letter is
// an 8-bit field (a: bits 8-15, b: 16-23, c: 24-31); an uppercase letter is
// the wide 16-bit field bx (bits 16-31) that replaces b and c. Every field is
// widened by EXT prefixes (see Decode).
//
//	r  a register of the frame window
//	k  an index into Consts
//	n  an index into Names
//	i  an unsigned immediate integer
//	j  an absolute instruction index (a jump target)
//	d  a register plus one, or 0 for none
//	_  unused (zero)
//
// A format ending in '>' marks a branch instruction: the next word is a
// JUMP whose target is taken on the branch condition; the word itself is
// never dispatched (the handler reads it, then continues at pc+2 or at the
// target).

// OpInfo describes one opcode.
type OpInfo struct {
	Name   string // the name of the Opcode constant
	Format string // operand letters for a, b, c (see above)
	Cache  int    // inline cache entries the specializing interpreter may use
	Effect string // what the instruction does, in the notation of the docs
}

// Wide reports whether the instruction uses the 16-bit bx field.
func (o *OpInfo) Wide() bool {
	for _, ch := range o.Format {
		if ch >= 'A' && ch <= 'Z' {
			return true
		}
	}
	return false
}

// Branch reports whether a JUMP word with the branch target follows.
func (o *OpInfo) Branch() bool {
	return len(o.Format) > 0 && o.Format[len(o.Format)-1] == '>'
}

// Operands returns the format letters without the branch marker.
func (o *OpInfo) Operands() string {
	if o.Branch() {
		return o.Format[:len(o.Format)-1]
	}
	return o.Format
}

// binaryOps lists the binary operators in syntax.Operator order, so that
// ADD+Opcode(op) is the instruction of op (likewise IADD, ADD_K, IADD_K).
var binaryOps = [...]struct{ name, sym string }{
	{"ADD", "+"}, {"SUB", "-"}, {"MUL", "*"}, {"MATMUL", "@"}, {"TRUEDIV", "/"},
	{"MOD", "%"}, {"POW", "**"}, {"LSHIFT", "<<"}, {"RSHIFT", ">>"}, {"OR", "|"},
	{"XOR", "^"}, {"AND", "&"}, {"FLOORDIV", "//"},
}

// compareOps lists the comparisons in syntax.Cmpop order, so that
// EQ+Opcode(op) is the instruction of op (likewise IF_EQ, IF_EQ_K).
var compareOps = [...]struct{ name, sym string }{
	{"EQ", "=="}, {"NE", "!="}, {"LT", "<"}, {"LE", "<="}, {"GT", ">"}, {"GE", ">="},
	{"IS", "is"}, {"IS_NOT", "is not"}, {"IN", "in"}, {"NOT_IN", "not in"},
}

// OpTable is the opcode table, indexed by Opcode.
var OpTable = buildOpTable()

func buildOpTable() []OpInfo {
	t := []OpInfo{
		{"NOP", "", 0, "nothing"},
		{"EXT", "iii", 0, "prefix: a, b, c are the next high bytes of the next instruction's a, b, c (bx gets b|c<<8)"},
		{"MOVE", "rr", 0, "R[a] = R[b]"},
		{"LOAD_CONST", "rK", 0, "R[a] = K[bx]"},
		{"LOAD_NONE", "r", 0, "R[a] = None"},
		{"LOAD_TRUE", "r", 0, "R[a] = True"},
		{"LOAD_FALSE", "r", 0, "R[a] = False"},
		{"CLEAR", "ri", 0, "R[a..a+b) = unbound (drops dead temporaries)"},
		{"CHECK_FAST", "r", 0, "raise UnboundLocalError for Varnames[a] if R[a] is unbound"},
		{"DELETE_FAST", "rdi", 0, "c == 0: CHECK_FAST a; R[a] = unbound; c == 1: R[a] = None (`x = None`); c == 2: R[a] = None, a generator dropped is finalized (a for loop's iterator on break/return); R[b-1..] are dead temporaries (b > 0)"},

		{"LOAD_NAME", "rN", 0, "R[a] = Names[bx] from locals, globals, then builtins"},
		{"STORE_NAME", "rN", 0, "locals[Names[bx]] = R[a]"},
		{"DELETE_NAME", "dN", 0, "del locals[Names[bx]]; R[a-1..] are dead temporaries (a > 0)"},
		{"LOAD_GLOBAL", "rN", 1, "R[a] = Names[bx] from globals, then builtins"},
		{"STORE_GLOBAL", "rN", 0, "globals[Names[bx]] = R[a]"},
		{"DELETE_GLOBAL", "dN", 0, "del globals[Names[bx]]; R[a-1..] are dead temporaries (a > 0)"},
		{"LOAD_DEREF", "rr", 0, "R[a] = contents of the cell R[b] (name: CellName(b))"},
		{"LOAD_CLASSDEREF", "rr", 0, "R[a] = locals[CellName(b)] if present, else contents of the cell R[b]"},
		{"STORE_DEREF", "rr", 0, "contents of the cell R[a] = R[b]"},
		{"DELETE_DEREF", "r", 0, "empty the cell R[a] (raise if already empty)"},

		{"LOAD_ATTR", "rrn", 1, "R[a] = R[b].Names[c]"},
		{"STORE_ATTR", "rnr", 1, "R[a].Names[b] = R[c]"},
		{"DELETE_ATTR", "rn", 0, "del R[a].Names[b]"},
		{"LOAD_METHOD", "rrn", 4, "R[a], R[a+1] = method Names[c] of R[b] and R[b], or the attribute and unbound"},
		{"GET_ITEM", "rrr", 1, "R[a] = R[b][R[c]]"},
		{"SET_ITEM", "rrr", 1, "R[a][R[b]] = R[c]"},
		{"DEL_ITEM", "rr", 0, "del R[a][R[b]]"},
		{"BUILD_SLICE", "rri", 0, "R[a] = slice(R[b], R[b+1]) if c == 2, slice(R[b], R[b+1], R[b+2]) if c == 3"},
		{"GET_SLICE", "rrr", 0, "R[a] = R[b][R[c]:R[c+1]:R[c+2]] (no slice object for an exact list or tuple)"},
		{"SET_SLICE", "rrr", 0, "R[a][R[b]:R[b+1]:R[b+2]] = R[c] (no slice object for an exact list)"},
	}
	for _, o := range binaryOps {
		t = append(t, OpInfo{o.name, "rrr", 1, "R[a] = R[b] " + o.sym + " R[c]"})
	}
	for _, o := range binaryOps {
		t = append(t, OpInfo{"I" + o.name, "rrr", 1, "R[a] = R[b] " + o.sym + "= R[c] (in place)"})
	}
	for _, o := range binaryOps {
		t = append(t, OpInfo{o.name + "_K", "rrk", 1, "R[a] = R[b] " + o.sym + " K[c]"})
	}
	for _, o := range binaryOps {
		t = append(t, OpInfo{"I" + o.name + "_K", "rrk", 1, "R[a] = R[b] " + o.sym + "= K[c] (in place)"})
	}
	t = append(t,
		OpInfo{"NEG", "rr", 0, "R[a] = -R[b]"},
		OpInfo{"POS", "rr", 0, "R[a] = +R[b]"},
		OpInfo{"INVERT", "rr", 0, "R[a] = ~R[b]"},
		OpInfo{"NOT", "rr", 0, "R[a] = not R[b]"},
	)
	for _, o := range compareOps {
		t = append(t, OpInfo{o.name, "rrr", 1, "R[a] = R[b] " + o.sym + " R[c]"})
	}
	for _, o := range compareOps {
		t = append(t, OpInfo{"IF_" + o.name, "rri>", 1, "jump if bool(R[a] " + o.sym + " R[b]) == bool(c)"})
	}
	for _, o := range compareOps {
		t = append(t, OpInfo{"IF_" + o.name + "_K", "rki>", 1, "jump if bool(R[a] " + o.sym + " K[b]) == bool(c)"})
	}
	t = append(t, []OpInfo{
		{"JUMP", "_J", 0, "pc = bx"},
		{"JUMP_BACK", "_J", 0, "pc = bx, checking the eval breaker (loop back edges)"},
		{"JUMP_IF_TRUE", "rJ", 0, "if R[a] is true: pc = bx"},
		{"JUMP_IF_FALSE", "rJ", 0, "if R[a] is false: pc = bx"},
		{"JUMP_IF_NONE", "rJ", 0, "if R[a] is None: pc = bx"},
		{"JUMP_IF_NOT_NONE", "rJ", 0, "if R[a] is not None: pc = bx"},

		{"GET_ITER", "rr", 0, "R[a] = iter(R[b])"},
		{"FOR_ITER", "rr>", 1, "R[a] = next(R[b]); jump when R[b] is exhausted"},
		{"FOR_LOOP", "rr>", 1, "R[a] = next(R[b]); jump (a back edge) unless R[b] is exhausted"},

		{"CALL", "ri", 1, "R[a] = R[a](R[a+1], ..., R[a+b])"},
		{"CALL_KW", "rik", 1, "R[a] = R[a](R[a+1..a+b]) where the last len(K[c]) arguments are keywords named K[c]"},
		{"CALL_METHOD", "ri", 1, "R[a] = R[a](R[a+1..a+1+b]) if R[a+1] is bound, else R[a](R[a+2..a+1+b])"},
		{"CALL_METHOD_KW", "rik", 1, "as CALL_METHOD, the last len(K[c]) arguments being keywords named K[c]"},
		{"CALL_EX", "ri", 0, "R[a] = R[a](*R[a+1], **R[a+2]) (b == 0: no **; 2: R[a+2] is the caller's mapping, unmerged)"},
		{"RETURN", "r", 0, "return R[a]"},
		{"RETURN_CONST", "_K", 0, "return K[bx]"},

		{"YIELD_VALUE", "rrd", 0, "yield R[b]; R[a] = the value sent; c != 0: R[c-1] is the delegate iterator of a yield from/await (for throw/close)"},
		{"GET_YIELD_FROM_ITER", "rr", 0, "R[a] = iter(R[b]) unless R[b] is a generator or coroutine (allowed from a coroutine)"},
		{"GET_AWAITABLE", "rri", 0, "R[a] = the awaitable iterator of R[b]; c: 0 await, 1 after __aenter__, 2 after __aexit__ (messages)"},
		{"SEND", "rr>", 0, "send R[a] to the iterator R[b] (next() if None): R[a] = the value yielded, or on return R[a] = the value and jump"},
		{"ASYNC_GEN_WRAP", "rr", 0, "R[a] = R[b] wrapped as a value yielded by an async generator"},
		{"GET_AITER", "rr", 0, "R[a] = R[b].__aiter__()"},
		{"GET_ANEXT", "rr", 0, "R[a] = awaitable iterator of R[b].__anext__()"},
		{"END_ASYNC_FOR", "r", 0, "if the exception R[a] is StopAsyncIteration continue, else re-raise it"},

		{"BUILD_TUPLE", "rri", 0, "R[a] = (R[b], ..., R[b+c-1])"},
		{"BUILD_LIST", "rri", 0, "R[a] = [R[b], ..., R[b+c-1]]"},
		{"BUILD_SET", "rri", 0, "R[a] = {R[b], ..., R[b+c-1]}"},
		{"BUILD_MAP", "rri", 0, "R[a] = {R[b]: R[b+1], ..., R[b+2c-2]: R[b+2c-1]}"},
		{"BUILD_STRING", "rri", 0, "R[a] = R[b] + ... + R[b+c-1] (all str)"},
		{"LIST_APPEND", "rr", 0, "R[a].append(R[b])"},
		{"SET_ADD", "rr", 0, "R[a].add(R[b])"},
		{"MAP_ADD", "rrr", 0, "R[a][R[b]] = R[c]"},
		{"LIST_EXTEND", "rr", 0, "R[a].extend(R[b])"},
		{"SET_UPDATE", "rr", 0, "R[a].update(R[b])"},
		{"DICT_UPDATE", "rr", 0, "R[a].update(R[b]) (TypeError '... is not a mapping')"},
		{"DICT_MERGE", "rrr", 0, "R[a].update(R[b]) for f(**R[b]): duplicate keys are errors naming the function R[c]"},
		{"LIST_TO_TUPLE", "rr", 0, "R[a] = tuple(R[b])"},
		{"FORMAT_VALUE", "rri", 0, "R[a] = format(conv(R[b]), R[b+1] if c&4 else ''); c&3: 0 none, 1 str, 2 repr, 3 ascii"},
		{"UNPACK_SEQUENCE", "rri", 1, "R[a], ..., R[a+c-1] = R[b] (exactly c items)"},
		{"UNPACK_EX", "rri", 0, "R[a..a+lo) , R[a+lo] (a list), R[a+lo+1..a+lo+1+hi) = R[b], where lo = c&0xff, hi = c>>8"},

		{"MAKE_FUNCTION", "rki", 0, "R[a] = function(K[b]) with, from R[a] on: defaults if c&1, kwdefaults if c&2, annotations if c&4, closure if c&8"},
		{"LOAD_BUILD_CLASS", "r", 0, "R[a] = builtins.__build_class__"},
		{"SETUP_ANNOTATIONS", "", 0, "create __annotations__ in locals if absent"},
		{"IMPORT_NAME", "rN", 0, "R[a] = __import__(Names[bx], fromlist=R[a], level=R[a+1])"},
		{"IMPORT_FROM", "rrn", 0, "R[a] = R[b].Names[c], falling back to sys.modules (ImportError)"},
		{"IMPORT_STAR", "r", 0, "from R[a] import * into locals"},
		{"PRINT_EXPR", "r", 0, "sys.displayhook(R[a])"},
		{"LOAD_ASSERTION_ERROR", "r", 0, "R[a] = AssertionError"},

		{"RAISE", "rri", 0, "c == 0: re-raise the handled exception; 1: raise R[a]; 2: raise R[a] from R[b]"},
		{"RERAISE", "ri", 0, "re-raise R[a] without a new traceback entry; b != 0: the frame's lasti becomes R[a+1]"},
		{"PUSH_EXC_INFO", "rr", 0, "R[a] = the handled exception; the handled exception = R[b]"},
		{"POP_EXCEPT", "r", 0, "the handled exception = R[a]"},
		{"CHECK_EXC_MATCH", "rrr", 0, "R[a] = R[b] matches except-clause type R[c] (TypeError if R[c] is not a class or tuple)"},
		{"CHECK_EG_MATCH", "rrr", 0, "split the exception R[b] by R[c]: R[a] = rest, R[a+1] = the matching group or None; a match becomes the handled exception"},
		{"PREP_RERAISE_STAR", "rr", 0, "R[a] = exception to re-raise from the original R[a] and the list R[b] of raised ones (or None)"},
		{"BEFORE_WITH", "rr", 0, "R[a] = R[b].__exit__ (bound), R[a+1] = R[b].__enter__()"},
		{"BEFORE_ASYNC_WITH", "rr", 0, "R[a] = R[b].__aexit__ (bound), R[a+1] = R[b].__aenter__() (an awaitable)"},
		{"WITH_EXCEPT_START", "rrr", 0, "R[a] = R[b](type(R[c]), R[c], R[c].__traceback__)"},

		{"GET_LEN", "rr", 0, "R[a] = len(R[b])"},
		{"MATCH_MAPPING", "rr", 0, "R[a] = R[b] is a mapping (Py_TPFLAGS_MAPPING)"},
		{"MATCH_SEQUENCE", "rr", 0, "R[a] = R[b] is a sequence (Py_TPFLAGS_SEQUENCE)"},
		{"MATCH_KEYS", "rrr", 0, "R[a] = tuple of R[b][k] for k in R[c], or None if a key is missing"},
		{"MATCH_CLASS", "rri", 0, "R[a] = tuple of attributes of R[b] for class R[b+1] with c positional and the keyword names R[b+2], or None"},
		{"COPY_DICT_WITHOUT_KEYS", "rrr", 0, "R[a] = dict(R[b]) without the keys in the tuple R[c]"},
	}...)
	genericOf = make([]Opcode, len(t), len(t)+len(specializedOps))
	for i := range t {
		genericOf[i] = Opcode(i)
	}
	for _, s := range specializedOps {
		g := opcodeByName(t, s.generic)
		genericOf = append(genericOf, g)
		t = append(t, OpInfo{s.name, t[g].Format, t[g].Cache, "specialized " + s.generic + ": " + s.effect})
	}
	return t
}

// specializedOps are the quickened forms the interpreter rewrites a
// generic instruction into (DESIGN.md §5). They have the generic form's
// operands and cache entries; the compiler never emits them, and a failed
// guard rewrites the instruction back to its generic form.
var specializedOps = [...]struct{ name, generic, effect string }{
	{"LOAD_ATTR_INSTANCE", "LOAD_ATTR", "instance value at the cached index (guards: type version, key layout)"},
	{"LOAD_ATTR_SLOT", "LOAD_ATTR", "__slots__ member at the cached index (guard: type version)"},
	{"LOAD_ATTR_CLASS", "LOAD_ATTR", "the cached class attribute, not a descriptor (guards: type version, key layout)"},
	{"LOAD_ATTR_MODULE", "LOAD_ATTR", "module dict entry at the cached index (guard: dict keys version)"},
	{"LOAD_ATTR_PROPERTY", "LOAD_ATTR", "call the cached property's getter (guard: type version)"},
	{"LOAD_ATTR_TYPE", "LOAD_ATTR", "the cached attribute of a class object (guard: the class and its version)"},
	{"LOAD_METHOD_PY", "LOAD_METHOD", "the cached function and self (guards: type version, key layout)"},
	{"LOAD_METHOD_POLY", "LOAD_METHOD", "LOAD_METHOD_PY with up to four cached receiver types"},
	{"LOAD_METHOD_BUILTIN", "LOAD_METHOD", "the cached method descriptor and self (guard: type version)"},
	{"LOAD_METHOD_MODULE", "LOAD_METHOD", "module dict entry at the cached index, unbound (guard: dict keys version)"},
	{"LOAD_METHOD_TYPE", "LOAD_METHOD", "the cached attribute of a class object, unbound (guard: the class and its version)"},
	{"STORE_ATTR_INSTANCE", "STORE_ATTR", "store the instance value at the cached index (guards: type version, key layout)"},
	{"STORE_ATTR_ADD", "STORE_ATTR", "append an instance value, moving to the cached child layout (guards: type version, key layout)"},
	{"STORE_ATTR_SLOT", "STORE_ATTR", "store the __slots__ member at the cached index (guard: type version)"},
	{"CALL_TYPE_INIT", "CALL", "instantiate the cached class and call its Python __init__ (guards: the class and its version)"},
	{"CALL_BUILTIN", "CALL", "call a builtin function without allocating (guard: builtin_function_or_method)"},
	{"CALL_METHOD_DESCR", "CALL_METHOD", "call a method descriptor with self without allocating (guard: method_descriptor)"},
	{"CALL_METHOD_PY", "CALL_METHOD", "push the frame of a Python function taking exactly the arguments (guard: function)"},
	{"CALL_PY", "CALL", "push the frame of a Python function taking exactly the arguments (guard: function)"},
	{"CALL_BUILTIN_TYPE", "CALL", "construct the cached builtin type (range, list, tuple, str, ...) through its direct constructor (guard: the type)"},
	{"LOAD_GLOBAL_IF", "LOAD_GLOBAL", "the cached global, then the IF_EQ..IF_GE after it in the same dispatch when both operands are small ints (guard: dict keys versions)"},
	{"LOAD_METHOD_REPLACE", "LOAD_METHOD", "a run of s.replace(K, K) calls chained on an exact str, all in one dispatch (guard: exact str; tmpl17_replacechain.go)"},
}

// genericOf maps every opcode to its generic form (itself when generic).
var genericOf []Opcode

// Generic returns the generic form of a specialized opcode (op itself for
// the opcodes the compiler emits).
func Generic(op Opcode) Opcode { return genericOf[op] }

// IsSpecialized reports whether op is a quickened form.
func IsSpecialized(op Opcode) bool { return genericOf[op] != op }

func opcodeByName(t []OpInfo, name string) Opcode {
	for i := range t {
		if t[i].Name == name {
			return Opcode(i)
		}
	}
	panic("compiler: unknown opcode " + name)
}

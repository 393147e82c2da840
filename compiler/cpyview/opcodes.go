// This file defines CPython 3.11's opcodes (Lib/opcode.py): their numbers,
// the inline cache entries that follow each one, the pseudo-instructions
// the code generator uses before assembly, and each opcode's stack effect.

package cpyview

// The real opcodes, with CPython 3.11's numbers.
const (
	CACHE                         = 0
	POP_TOP                       = 1
	PUSH_NULL                     = 2
	NOP                           = 9
	UNARY_POSITIVE                = 10
	UNARY_NEGATIVE                = 11
	UNARY_NOT                     = 12
	UNARY_INVERT                  = 15
	BINARY_SUBSCR                 = 25
	GET_LEN                       = 30
	MATCH_MAPPING                 = 31
	MATCH_SEQUENCE                = 32
	MATCH_KEYS                    = 33
	PUSH_EXC_INFO                 = 35
	CHECK_EXC_MATCH               = 36
	CHECK_EG_MATCH                = 37
	WITH_EXCEPT_START             = 49
	GET_AITER                     = 50
	GET_ANEXT                     = 51
	BEFORE_ASYNC_WITH             = 52
	BEFORE_WITH                   = 53
	END_ASYNC_FOR                 = 54
	STORE_SUBSCR                  = 60
	DELETE_SUBSCR                 = 61
	GET_ITER                      = 68
	GET_YIELD_FROM_ITER           = 69
	PRINT_EXPR                    = 70
	LOAD_BUILD_CLASS              = 71
	LOAD_ASSERTION_ERROR          = 74
	RETURN_GENERATOR              = 75
	LIST_TO_TUPLE                 = 82
	RETURN_VALUE                  = 83
	IMPORT_STAR                   = 84
	SETUP_ANNOTATIONS             = 85
	YIELD_VALUE                   = 86
	ASYNC_GEN_WRAP                = 87
	PREP_RERAISE_STAR             = 88
	POP_EXCEPT                    = 89
	STORE_NAME                    = 90
	DELETE_NAME                   = 91
	UNPACK_SEQUENCE               = 92
	FOR_ITER                      = 93
	UNPACK_EX                     = 94
	STORE_ATTR                    = 95
	DELETE_ATTR                   = 96
	STORE_GLOBAL                  = 97
	DELETE_GLOBAL                 = 98
	SWAP                          = 99
	LOAD_CONST                    = 100
	LOAD_NAME                     = 101
	BUILD_TUPLE                   = 102
	BUILD_LIST                    = 103
	BUILD_SET                     = 104
	BUILD_MAP                     = 105
	LOAD_ATTR                     = 106
	COMPARE_OP                    = 107
	IMPORT_NAME                   = 108
	IMPORT_FROM                   = 109
	JUMP_FORWARD                  = 110
	JUMP_IF_FALSE_OR_POP          = 111
	JUMP_IF_TRUE_OR_POP           = 112
	POP_JUMP_FORWARD_IF_FALSE     = 114
	POP_JUMP_FORWARD_IF_TRUE      = 115
	LOAD_GLOBAL                   = 116
	IS_OP                         = 117
	CONTAINS_OP                   = 118
	RERAISE                       = 119
	COPY                          = 120
	BINARY_OP                     = 122
	SEND                          = 123
	LOAD_FAST                     = 124
	STORE_FAST                    = 125
	DELETE_FAST                   = 126
	POP_JUMP_FORWARD_IF_NOT_NONE  = 128
	POP_JUMP_FORWARD_IF_NONE      = 129
	RAISE_VARARGS                 = 130
	GET_AWAITABLE                 = 131
	MAKE_FUNCTION                 = 132
	BUILD_SLICE                   = 133
	JUMP_BACKWARD_NO_INTERRUPT    = 134
	MAKE_CELL                     = 135
	LOAD_CLOSURE                  = 136
	LOAD_DEREF                    = 137
	STORE_DEREF                   = 138
	DELETE_DEREF                  = 139
	JUMP_BACKWARD                 = 140
	CALL_FUNCTION_EX              = 142
	EXTENDED_ARG                  = 144
	LIST_APPEND                   = 145
	SET_ADD                       = 146
	MAP_ADD                       = 147
	LOAD_CLASSDEREF               = 148
	COPY_FREE_VARS                = 149
	RESUME                        = 151
	MATCH_CLASS                   = 152
	FORMAT_VALUE                  = 155
	BUILD_CONST_KEY_MAP           = 156
	BUILD_STRING                  = 157
	LOAD_METHOD                   = 160
	LIST_EXTEND                   = 162
	SET_UPDATE                    = 163
	DICT_MERGE                    = 164
	DICT_UPDATE                   = 165
	PRECALL                       = 166
	CALL                          = 171
	KW_NAMES                      = 172
	POP_JUMP_BACKWARD_IF_NOT_NONE = 173
	POP_JUMP_BACKWARD_IF_NONE     = 174
	POP_JUMP_BACKWARD_IF_FALSE    = 175
	POP_JUMP_BACKWARD_IF_TRUE     = 176
)

// The pseudo-instructions of the code generator, resolved before assembly.
const (
	SETUP_FINALLY = 256 + iota
	SETUP_CLEANUP
	SETUP_WITH
	POP_BLOCK
	JUMP
	JUMP_NO_INTERRUPT
	POP_JUMP_IF_FALSE
	POP_JUMP_IF_TRUE
	POP_JUMP_IF_NONE
	POP_JUMP_IF_NOT_NONE
)

const haveArgument = 90

// caches is _PyOpcode_Caches: the CACHE code units after each opcode.
var caches = [256]uint8{BINARY_SUBSCR: 4, STORE_SUBSCR: 1, UNPACK_SEQUENCE: 1, STORE_ATTR: 4,
	LOAD_ATTR: 4, COMPARE_OP: 2, LOAD_GLOBAL: 5, BINARY_OP: 1, LOAD_METHOD: 10, PRECALL: 1, CALL: 4}

func isJump(op int) bool {
	switch op {
	case JUMP, JUMP_NO_INTERRUPT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
		POP_JUMP_IF_NOT_NONE, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT,
		JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, FOR_ITER, SEND,
		POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NONE,
		POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE,
		POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE:
		return true
	}
	return false
}

func isBlockPush(op int) bool { return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH }

func isUncondJump(op int) bool {
	switch op {
	case JUMP, JUMP_NO_INTERRUPT, JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT:
		return true
	}
	return false
}

func isScopeExit(op int) bool { return op == RETURN_VALUE || op == RAISE_VARARGS || op == RERAISE }

func hasArg(op int) bool { return op >= haveArgument }

// stackEffect is CPython 3.11's stack_effect: the change of the stack depth
// when the instruction runs, jump telling whether it branches.
func stackEffect(op, oparg int, jump bool) int {
	switch op {
	case NOP, EXTENDED_ARG, RESUME, CACHE, JUMP_FORWARD, JUMP_BACKWARD, JUMP, JUMP_BACKWARD_NO_INTERRUPT,
		JUMP_NO_INTERRUPT, POP_BLOCK, PRECALL, KW_NAMES, COPY_FREE_VARS, MAKE_CELL, DELETE_FAST,
		DELETE_DEREF, DELETE_NAME, DELETE_GLOBAL, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT,
		UNARY_INVERT, GET_ITER, GET_YIELD_FROM_ITER, GET_AWAITABLE, YIELD_VALUE, ASYNC_GEN_WRAP,
		SETUP_ANNOTATIONS, SWAP, LIST_TO_TUPLE:
		return 0
	case POP_TOP, STORE_FAST, STORE_DEREF, STORE_NAME, STORE_GLOBAL,
		BINARY_SUBSCR, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP,
		LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE, IMPORT_NAME,
		PRINT_EXPR, RETURN_VALUE, IMPORT_STAR, POP_EXCEPT, PREP_RERAISE_STAR:
		return -1
	case PUSH_NULL, LOAD_CONST, LOAD_NAME, LOAD_FAST, LOAD_CLOSURE, LOAD_DEREF, LOAD_CLASSDEREF,
		LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, IMPORT_FROM, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE,
		MATCH_KEYS, PUSH_EXC_INFO, BEFORE_WITH, BEFORE_ASYNC_WITH, GET_ANEXT, COPY, WITH_EXCEPT_START:
		return 1
	case LOAD_METHOD:
		return 1
	case CHECK_EXC_MATCH, GET_AITER, RETURN_GENERATOR, CHECK_EG_MATCH:
		return 0
	case SEND:
		if jump {
			return -1
		}
		return 0
	case DELETE_SUBSCR, END_ASYNC_FOR:
		return -2
	case STORE_SUBSCR:
		return -3
	case STORE_ATTR:
		return -2
	case DELETE_ATTR:
		return -1
	case LOAD_ATTR:
		return 0
	case LOAD_GLOBAL:
		return 1 + oparg&1
	case UNPACK_SEQUENCE:
		return oparg - 1
	case UNPACK_EX:
		return (oparg & 0xff) + (oparg >> 8)
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - oparg
	case BUILD_MAP:
		return 1 - 2*oparg
	case BUILD_CONST_KEY_MAP:
		return -oparg
	case MAP_ADD:
		return -2
	case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE,
		POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_FORWARD_IF_NONE,
		POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_TRUE,
		POP_JUMP_BACKWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE:
		return -1
	case SETUP_FINALLY:
		if jump {
			return 1
		}
		return 0
	case SETUP_CLEANUP:
		if jump {
			return 2
		}
		return 0
	case SETUP_WITH:
		if jump {
			return 1
		}
		return 0
	case RERAISE:
		return -1
	case RAISE_VARARGS:
		return -oparg
	case CALL:
		return -1 - oparg
	case CALL_FUNCTION_EX:
		return -2 - oparg&1
	case MAKE_FUNCTION:
		n := 0
		for b := 1; b <= 8; b <<= 1 {
			if oparg&b != 0 {
				n--
			}
		}
		return n
	case BUILD_SLICE:
		if oparg == 3 {
			return -2
		}
		return -1
	case FORMAT_VALUE:
		if oparg&0x04 != 0 {
			return -1
		}
		return 0
	case MATCH_CLASS:
		return -2
	}
	return 0
}

// This file defines the Opcode constants. Code generated from OpTable by
// `go generate` (TestOpcodeConstsUpToDate); DO NOT EDIT.

package compiler

// The opcodes, in OpTable order.
const (
	NOP                    Opcode = iota // nothing
	EXT                                  // prefix: a, b, c are the next high bytes of the next instruction's a, b, c (bx gets b|c<<8)
	MOVE                                 // R[a] = R[b]
	LOAD_CONST                           // R[a] = K[bx]
	LOAD_NONE                            // R[a] = None
	LOAD_TRUE                            // R[a] = True
	LOAD_FALSE                           // R[a] = False
	CLEAR                                // R[a..a+b) = unbound (drops dead temporaries)
	CHECK_FAST                           // raise UnboundLocalError for Varnames[a] if R[a] is unbound
	DELETE_FAST                          // c == 0: CHECK_FAST a; R[a] = unbound; c == 1: R[a] = None (`x = None`); c == 2: R[a] = None, a generator dropped is finalized (a for loop's iterator on break/return); R[b-1..] are dead temporaries (b > 0)
	LOAD_NAME                            // R[a] = Names[bx] from locals, globals, then builtins
	STORE_NAME                           // locals[Names[bx]] = R[a]
	DELETE_NAME                          // del locals[Names[bx]]; R[a-1..] are dead temporaries (a > 0)
	LOAD_GLOBAL                          // R[a] = Names[bx] from globals, then builtins
	STORE_GLOBAL                         // globals[Names[bx]] = R[a]
	DELETE_GLOBAL                        // del globals[Names[bx]]; R[a-1..] are dead temporaries (a > 0)
	LOAD_DEREF                           // R[a] = contents of the cell R[b] (name: CellName(b))
	LOAD_CLASSDEREF                      // R[a] = locals[CellName(b)] if present, else contents of the cell R[b]
	STORE_DEREF                          // contents of the cell R[a] = R[b]
	DELETE_DEREF                         // empty the cell R[a] (raise if already empty)
	LOAD_ATTR                            // R[a] = R[b].Names[c]
	STORE_ATTR                           // R[a].Names[b] = R[c]
	DELETE_ATTR                          // del R[a].Names[b]
	LOAD_METHOD                          // R[a], R[a+1] = method Names[c] of R[b] and R[b], or the attribute and unbound
	GET_ITEM                             // R[a] = R[b][R[c]]
	SET_ITEM                             // R[a][R[b]] = R[c]
	DEL_ITEM                             // del R[a][R[b]]
	BUILD_SLICE                          // R[a] = slice(R[b], R[b+1]) if c == 2, slice(R[b], R[b+1], R[b+2]) if c == 3
	GET_SLICE                            // R[a] = R[b][R[c]:R[c+1]:R[c+2]] (no slice object for an exact list or tuple)
	SET_SLICE                            // R[a][R[b]:R[b+1]:R[b+2]] = R[c] (no slice object for an exact list)
	ADD                                  // R[a] = R[b] + R[c]
	SUB                                  // R[a] = R[b] - R[c]
	MUL                                  // R[a] = R[b] * R[c]
	MATMUL                               // R[a] = R[b] @ R[c]
	TRUEDIV                              // R[a] = R[b] / R[c]
	MOD                                  // R[a] = R[b] % R[c]
	POW                                  // R[a] = R[b] ** R[c]
	LSHIFT                               // R[a] = R[b] << R[c]
	RSHIFT                               // R[a] = R[b] >> R[c]
	OR                                   // R[a] = R[b] | R[c]
	XOR                                  // R[a] = R[b] ^ R[c]
	AND                                  // R[a] = R[b] & R[c]
	FLOORDIV                             // R[a] = R[b] // R[c]
	IADD                                 // R[a] = R[b] += R[c] (in place)
	ISUB                                 // R[a] = R[b] -= R[c] (in place)
	IMUL                                 // R[a] = R[b] *= R[c] (in place)
	IMATMUL                              // R[a] = R[b] @= R[c] (in place)
	ITRUEDIV                             // R[a] = R[b] /= R[c] (in place)
	IMOD                                 // R[a] = R[b] %= R[c] (in place)
	IPOW                                 // R[a] = R[b] **= R[c] (in place)
	ILSHIFT                              // R[a] = R[b] <<= R[c] (in place)
	IRSHIFT                              // R[a] = R[b] >>= R[c] (in place)
	IOR                                  // R[a] = R[b] |= R[c] (in place)
	IXOR                                 // R[a] = R[b] ^= R[c] (in place)
	IAND                                 // R[a] = R[b] &= R[c] (in place)
	IFLOORDIV                            // R[a] = R[b] //= R[c] (in place)
	ADD_K                                // R[a] = R[b] + K[c]
	SUB_K                                // R[a] = R[b] - K[c]
	MUL_K                                // R[a] = R[b] * K[c]
	MATMUL_K                             // R[a] = R[b] @ K[c]
	TRUEDIV_K                            // R[a] = R[b] / K[c]
	MOD_K                                // R[a] = R[b] % K[c]
	POW_K                                // R[a] = R[b] ** K[c]
	LSHIFT_K                             // R[a] = R[b] << K[c]
	RSHIFT_K                             // R[a] = R[b] >> K[c]
	OR_K                                 // R[a] = R[b] | K[c]
	XOR_K                                // R[a] = R[b] ^ K[c]
	AND_K                                // R[a] = R[b] & K[c]
	FLOORDIV_K                           // R[a] = R[b] // K[c]
	IADD_K                               // R[a] = R[b] += K[c] (in place)
	ISUB_K                               // R[a] = R[b] -= K[c] (in place)
	IMUL_K                               // R[a] = R[b] *= K[c] (in place)
	IMATMUL_K                            // R[a] = R[b] @= K[c] (in place)
	ITRUEDIV_K                           // R[a] = R[b] /= K[c] (in place)
	IMOD_K                               // R[a] = R[b] %= K[c] (in place)
	IPOW_K                               // R[a] = R[b] **= K[c] (in place)
	ILSHIFT_K                            // R[a] = R[b] <<= K[c] (in place)
	IRSHIFT_K                            // R[a] = R[b] >>= K[c] (in place)
	IOR_K                                // R[a] = R[b] |= K[c] (in place)
	IXOR_K                               // R[a] = R[b] ^= K[c] (in place)
	IAND_K                               // R[a] = R[b] &= K[c] (in place)
	IFLOORDIV_K                          // R[a] = R[b] //= K[c] (in place)
	NEG                                  // R[a] = -R[b]
	POS                                  // R[a] = +R[b]
	INVERT                               // R[a] = ~R[b]
	NOT                                  // R[a] = not R[b]
	EQ                                   // R[a] = R[b] == R[c]
	NE                                   // R[a] = R[b] != R[c]
	LT                                   // R[a] = R[b] < R[c]
	LE                                   // R[a] = R[b] <= R[c]
	GT                                   // R[a] = R[b] > R[c]
	GE                                   // R[a] = R[b] >= R[c]
	IS                                   // R[a] = R[b] is R[c]
	IS_NOT                               // R[a] = R[b] is not R[c]
	IN                                   // R[a] = R[b] in R[c]
	NOT_IN                               // R[a] = R[b] not in R[c]
	IF_EQ                                // jump if bool(R[a] == R[b]) == bool(c)
	IF_NE                                // jump if bool(R[a] != R[b]) == bool(c)
	IF_LT                                // jump if bool(R[a] < R[b]) == bool(c)
	IF_LE                                // jump if bool(R[a] <= R[b]) == bool(c)
	IF_GT                                // jump if bool(R[a] > R[b]) == bool(c)
	IF_GE                                // jump if bool(R[a] >= R[b]) == bool(c)
	IF_IS                                // jump if bool(R[a] is R[b]) == bool(c)
	IF_IS_NOT                            // jump if bool(R[a] is not R[b]) == bool(c)
	IF_IN                                // jump if bool(R[a] in R[b]) == bool(c)
	IF_NOT_IN                            // jump if bool(R[a] not in R[b]) == bool(c)
	IF_EQ_K                              // jump if bool(R[a] == K[b]) == bool(c)
	IF_NE_K                              // jump if bool(R[a] != K[b]) == bool(c)
	IF_LT_K                              // jump if bool(R[a] < K[b]) == bool(c)
	IF_LE_K                              // jump if bool(R[a] <= K[b]) == bool(c)
	IF_GT_K                              // jump if bool(R[a] > K[b]) == bool(c)
	IF_GE_K                              // jump if bool(R[a] >= K[b]) == bool(c)
	IF_IS_K                              // jump if bool(R[a] is K[b]) == bool(c)
	IF_IS_NOT_K                          // jump if bool(R[a] is not K[b]) == bool(c)
	IF_IN_K                              // jump if bool(R[a] in K[b]) == bool(c)
	IF_NOT_IN_K                          // jump if bool(R[a] not in K[b]) == bool(c)
	JUMP                                 // pc = bx
	JUMP_BACK                            // pc = bx, checking the eval breaker (loop back edges)
	JUMP_IF_TRUE                         // if R[a] is true: pc = bx
	JUMP_IF_FALSE                        // if R[a] is false: pc = bx
	JUMP_IF_NONE                         // if R[a] is None: pc = bx
	JUMP_IF_NOT_NONE                     // if R[a] is not None: pc = bx
	GET_ITER                             // R[a] = iter(R[b])
	FOR_ITER                             // R[a] = next(R[b]); jump when R[b] is exhausted
	FOR_LOOP                             // R[a] = next(R[b]); jump (a back edge) unless R[b] is exhausted
	CALL                                 // R[a] = R[a](R[a+1], ..., R[a+b])
	CALL_KW                              // R[a] = R[a](R[a+1..a+b]) where the last len(K[c]) arguments are keywords named K[c]
	CALL_METHOD                          // R[a] = R[a](R[a+1..a+1+b]) if R[a+1] is bound, else R[a](R[a+2..a+1+b])
	CALL_METHOD_KW                       // as CALL_METHOD, the last len(K[c]) arguments being keywords named K[c]
	CALL_EX                              // R[a] = R[a](*R[a+1], **R[a+2]) (b == 0: no **; 2: R[a+2] is the caller's mapping, unmerged)
	RETURN                               // return R[a]
	RETURN_CONST                         // return K[bx]
	YIELD_VALUE                          // yield R[b]; R[a] = the value sent; c != 0: R[c-1] is the delegate iterator of a yield from/await (for throw/close)
	GET_YIELD_FROM_ITER                  // R[a] = iter(R[b]) unless R[b] is a generator or coroutine (allowed from a coroutine)
	GET_AWAITABLE                        // R[a] = the awaitable iterator of R[b]; c: 0 await, 1 after __aenter__, 2 after __aexit__ (messages)
	SEND                                 // send R[a] to the iterator R[b] (next() if None): R[a] = the value yielded, or on return R[a] = the value and jump
	ASYNC_GEN_WRAP                       // R[a] = R[b] wrapped as a value yielded by an async generator
	GET_AITER                            // R[a] = R[b].__aiter__()
	GET_ANEXT                            // R[a] = awaitable iterator of R[b].__anext__()
	END_ASYNC_FOR                        // if the exception R[a] is StopAsyncIteration continue, else re-raise it
	BUILD_TUPLE                          // R[a] = (R[b], ..., R[b+c-1])
	BUILD_LIST                           // R[a] = [R[b], ..., R[b+c-1]]
	BUILD_SET                            // R[a] = {R[b], ..., R[b+c-1]}
	BUILD_MAP                            // R[a] = {R[b]: R[b+1], ..., R[b+2c-2]: R[b+2c-1]}
	BUILD_STRING                         // R[a] = R[b] + ... + R[b+c-1] (all str)
	LIST_APPEND                          // R[a].append(R[b])
	SET_ADD                              // R[a].add(R[b])
	MAP_ADD                              // R[a][R[b]] = R[c]
	LIST_EXTEND                          // R[a].extend(R[b])
	SET_UPDATE                           // R[a].update(R[b])
	DICT_UPDATE                          // R[a].update(R[b]) (TypeError '... is not a mapping')
	DICT_MERGE                           // R[a].update(R[b]) for f(**R[b]): duplicate keys are errors naming the function R[c]
	LIST_TO_TUPLE                        // R[a] = tuple(R[b])
	FORMAT_VALUE                         // R[a] = format(conv(R[b]), R[b+1] if c&4 else ''); c&3: 0 none, 1 str, 2 repr, 3 ascii
	UNPACK_SEQUENCE                      // R[a], ..., R[a+c-1] = R[b] (exactly c items)
	UNPACK_EX                            // R[a..a+lo) , R[a+lo] (a list), R[a+lo+1..a+lo+1+hi) = R[b], where lo = c&0xff, hi = c>>8
	MAKE_FUNCTION                        // R[a] = function(K[b]) with, from R[a] on: defaults if c&1, kwdefaults if c&2, annotations if c&4, closure if c&8
	LOAD_BUILD_CLASS                     // R[a] = builtins.__build_class__
	SETUP_ANNOTATIONS                    // create __annotations__ in locals if absent
	IMPORT_NAME                          // R[a] = __import__(Names[bx], fromlist=R[a], level=R[a+1])
	IMPORT_FROM                          // R[a] = R[b].Names[c], falling back to sys.modules (ImportError)
	IMPORT_STAR                          // from R[a] import * into locals
	PRINT_EXPR                           // sys.displayhook(R[a])
	LOAD_ASSERTION_ERROR                 // R[a] = AssertionError
	RAISE                                // c == 0: re-raise the handled exception; 1: raise R[a]; 2: raise R[a] from R[b]
	RERAISE                              // re-raise R[a] without a new traceback entry; b != 0: the frame's lasti becomes R[a+1]
	PUSH_EXC_INFO                        // R[a] = the handled exception; the handled exception = R[b]
	POP_EXCEPT                           // the handled exception = R[a]
	CHECK_EXC_MATCH                      // R[a] = R[b] matches except-clause type R[c] (TypeError if R[c] is not a class or tuple)
	CHECK_EG_MATCH                       // split the exception R[b] by R[c]: R[a] = rest, R[a+1] = the matching group or None; a match becomes the handled exception
	PREP_RERAISE_STAR                    // R[a] = exception to re-raise from the original R[a] and the list R[b] of raised ones (or None)
	BEFORE_WITH                          // R[a] = R[b].__exit__ (bound), R[a+1] = R[b].__enter__()
	BEFORE_ASYNC_WITH                    // R[a] = R[b].__aexit__ (bound), R[a+1] = R[b].__aenter__() (an awaitable)
	WITH_EXCEPT_START                    // R[a] = R[b](type(R[c]), R[c], R[c].__traceback__)
	GET_LEN                              // R[a] = len(R[b])
	MATCH_MAPPING                        // R[a] = R[b] is a mapping (Py_TPFLAGS_MAPPING)
	MATCH_SEQUENCE                       // R[a] = R[b] is a sequence (Py_TPFLAGS_SEQUENCE)
	MATCH_KEYS                           // R[a] = tuple of R[b][k] for k in R[c], or None if a key is missing
	MATCH_CLASS                          // R[a] = tuple of attributes of R[b] for class R[b+1] with c positional and the keyword names R[b+2], or None
	COPY_DICT_WITHOUT_KEYS               // R[a] = dict(R[b]) without the keys in the tuple R[c]
	LOAD_ATTR_INSTANCE                   // specialized LOAD_ATTR: instance value at the cached index (guards: type version, key layout)
	LOAD_ATTR_SLOT                       // specialized LOAD_ATTR: __slots__ member at the cached index (guard: type version)
	LOAD_ATTR_CLASS                      // specialized LOAD_ATTR: the cached class attribute, not a descriptor (guards: type version, key layout)
	LOAD_ATTR_MODULE                     // specialized LOAD_ATTR: module dict entry at the cached index (guard: dict keys version)
	LOAD_ATTR_PROPERTY                   // specialized LOAD_ATTR: call the cached property's getter (guard: type version)
	LOAD_ATTR_TYPE                       // specialized LOAD_ATTR: the cached attribute of a class object (guard: the class and its version)
	LOAD_METHOD_PY                       // specialized LOAD_METHOD: the cached function and self (guards: type version, key layout)
	LOAD_METHOD_POLY                     // specialized LOAD_METHOD: LOAD_METHOD_PY with up to four cached receiver types
	LOAD_METHOD_BUILTIN                  // specialized LOAD_METHOD: the cached method descriptor and self (guard: type version)
	LOAD_METHOD_MODULE                   // specialized LOAD_METHOD: module dict entry at the cached index, unbound (guard: dict keys version)
	LOAD_METHOD_TYPE                     // specialized LOAD_METHOD: the cached attribute of a class object, unbound (guard: the class and its version)
	STORE_ATTR_INSTANCE                  // specialized STORE_ATTR: store the instance value at the cached index (guards: type version, key layout)
	STORE_ATTR_ADD                       // specialized STORE_ATTR: append an instance value, moving to the cached child layout (guards: type version, key layout)
	STORE_ATTR_SLOT                      // specialized STORE_ATTR: store the __slots__ member at the cached index (guard: type version)
	CALL_TYPE_INIT                       // specialized CALL: instantiate the cached class and call its Python __init__ (guards: the class and its version)
	CALL_BUILTIN                         // specialized CALL: call a builtin function without allocating (guard: builtin_function_or_method)
	CALL_METHOD_DESCR                    // specialized CALL_METHOD: call a method descriptor with self without allocating (guard: method_descriptor)
	CALL_METHOD_PY                       // specialized CALL_METHOD: push the frame of a Python function taking exactly the arguments (guard: function)
	CALL_PY                              // specialized CALL: push the frame of a Python function taking exactly the arguments (guard: function)
	CALL_BUILTIN_TYPE                    // specialized CALL: construct the cached builtin type (range, list, tuple, str, ...) through its direct constructor (guard: the type)
	LOAD_GLOBAL_IF                       // specialized LOAD_GLOBAL: the cached global, then the IF_EQ..IF_GE after it in the same dispatch when both operands are small ints (guard: dict keys versions)
	LOAD_METHOD_REPLACE                  // specialized LOAD_METHOD: a run of s.replace(K, K) calls chained on an exact str, all in one dispatch (guard: exact str; tmpl17_replacechain.go)
)

// NumOpcodes is the number of opcodes.
const NumOpcodes = 202

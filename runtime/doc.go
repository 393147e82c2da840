// Package runtime will hold Krait's object model (Value, Type and the builtin types), the
// bytecode interpreter, frames, exceptions and the import system.
//
// So far it holds the algorithms the builtin types need that do not depend on the object
// model, each written to behave exactly as CPython 3.11 and tested against python3.11:
//
//   - float repr/str and PyOS_double_to_string's modes (float_repr.go)
//   - the format-spec mini-language and its renderers for str, int, float and complex
//     (format_spec.go, int_format.go, float_format.go)
//   - printf-style '%' formatting of str, through callbacks for the values (format_percent.go)
//   - int(str, base) parsing and int to decimal conversion with the 4300-digit limit
//     (int_parse.go, int_format.go)
//   - float(str), float.fromhex and float.hex (float_parse.go)
//   - hash() of int, float, complex, tuple, str and bytes, with SipHash-1-3 keyed from
//     PYTHONHASHSEED (hash.go, siphash.go)
//   - float round, //, %, divmod, ** (correctly rounded) and as_integer_ratio, and int
//     true division (float_arith.go); int floor division, ** and pow(a, b, m)
//     (int_arith.go)
//   - repr(str) (unicode_repr in int_parse.go, for error messages until str exists)
//
// Errors from these algorithms are returned as *pyErr values naming the Python exception
// class and its message; the object model will turn them into exceptions.
package runtime

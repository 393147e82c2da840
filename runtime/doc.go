// Package runtime will hold Krait's object model (Value, Type and the builtin types), the
// bytecode interpreter, frames, exceptions and the import system.
//
// So far it holds the algorithms the builtin types need that do not depend on the object
// model, each written to behave exactly as CPython 3.11 and tested against python3.11:
//
//   - float repr/str and PyOS_double_to_string's modes (float_repr.go)
//   - the format-spec mini-language and its renderers for str, int, float and complex
//     (format_spec.go, int_format.go, float_format.go)
//   - printf-style formatting of str and bytes, and str.format/format_map, through
//     callbacks for the values (format_percent.go, format_markup.go)
//   - int(str or bytes, base) and str(int), with the 4300-digit limit, int.to_bytes and
//     int.from_bytes (int_parse.go, int_format.go); repr(str) for their messages
//     (unicodeRepr in int_parse.go)
//   - float(str), complex(str), float.fromhex and float.hex (float_parse.go)
//   - hash() of int, float, complex, tuple, frozenset, str and bytes, with SipHash-1-3
//     keyed from PYTHONHASHSEED (hash.go, siphash.go)
//   - float round, //, %, divmod, ** and as_integer_ratio, int/int true division, exact
//     float/int comparison (float_arith.go); int floor division, round, ** and pow(a, b, m) (int_arith.go);
//     complex division, powers and abs (complex_arith.go)
//   - exp, log, sin, cos, atan2, hypot and pow rounding as glibc's do, which CPython's
//     results inherit and Go's math package does not reproduce (libm.go, float_arith.go,
//     complex_arith.go)
//
// Errors from these algorithms are returned as *pyErr values naming the Python exception
// class and its message; the object model will turn them into exceptions. Strings are
// Go strings in WTF-8 (UTF-8 that may also encode lone surrogates), as Krait's str.
package runtime

// This file defines the small exported wrappers the _decimal module
// (modules/decimal) needs from the runtime.

package runtime

import (
	"strings"
	"sync"
)

// DecimalDigitValue returns the value of the Unicode decimal digit c
// (category Nd), or -1 if c is not one.
func DecimalDigitValue(c rune) int { return decimalValue(c) }

// nativeTypeSignatures holds the __text_signature__ of native types that
// declared one with SetTypeTextSignature (*Type -> string).
var nativeTypeSignatures sync.Map

// SetTypeTextSignature gives the native type t the __text_signature__ sig
// (e.g. "(value='0', context=None)"), which inspect.signature reads, as a
// C type's "Name(...)\n--\n\n" docstring does.
func SetTypeTextSignature(t *Type, sig string) { nativeTypeSignatures.Store(t, sig) }

// nativeMethodSignatures holds the parameters of the Methods given a
// text signature with SetMethodTextSignature (*Method -> string).
var nativeMethodSignatures sync.Map

// SetMethodTextSignature gives m the __text_signature__ parameters params
// (e.g. "ctx=None, **kwargs"), for a signature its Sig cannot state.
func SetMethodTextSignature(m *Method, params string) { nativeMethodSignatures.Store(m, params) }

// nativeMethodSignature sets *params to m's declared parameters, if any.
func nativeMethodSignature(m *Method, params *[]string) bool {
	s, ok := nativeMethodSignatures.Load(m)
	if ok {
		*params = strings.Split(s.(string), ", ")
	}
	return ok
}

// BuiltinMethodFunc returns the Go function and bound object behind the
// builtin method v (a builtin_function_or_method), so that a module that
// calls it on a hot path can skip the generic call and argument binding.
// The caller must pass arguments as the method's signature lays them out.
func BuiltinMethodFunc(v Value) (fn MethodFunc, self Value, ok bool) {
	if v.p == nil || v.Type() != BuiltinFunctionType {
		return nil, Value{}, false
	}
	f := ptrOf[BuiltinFunction](v)
	if f.m.Fn == nil {
		return nil, Value{}, false
	}
	return f.m.Fn, f.self, true
}

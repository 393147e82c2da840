// This file gives Decimal.quantize a vectorcall entry: the usual calls,
// quantize(exp), quantize(exp, rounding) and quantize(exp, rounding=R)
// (optionally with context), take their arguments straight from the call
// instead of through the general binder, which was a tenth of the cost of
// quantizing money to cents. Any other call binds as before.

package cdecimal

import "krait/runtime"

// quantizeBinder binds the calls the fast path does not take; it has
// decimal_quantize's signature.
var quantizeBinder = runtime.Method{Name: "quantize", Sig: "exp, rounding=None, context=None"}

// decimal_quantize_vec is quantize's Vec: args are the positional
// arguments then the values of the keywords kwnames.
func decimal_quantize_vec(self runtime.Value, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	var a [3]runtime.Value
	npos := len(args) - len(kwnames)
	ok := npos >= 1 && npos <= 3
	if ok {
		copy(a[:], args[:npos])
		for i, k := range kwnames {
			j := 0
			switch k.String() {
			case "rounding":
				j = 1
			case "context":
				j = 2
			}
			if j < npos || !a[j].IsNull() { // exp by name, a repeated or unknown keyword
				ok = false
				break
			}
			a[j] = args[npos+i]
		}
	}
	if !ok {
		b, err := quantizeBinder.BindArgs(args, kwnames, "quantize")
		if err != nil {
			return runtime.Value{}, err
		}
		copy(a[:], b)
	}
	return decimal_quantize(self, a[:])
}

// This file defines the signal exception classes of _decimal, with their
// C module's multiple bases, and the tables that map them to conditions:
// the signal order of a SignalDict and the condition order of the lists
// a trap raises and a context's repr shows.

package cdecimal

import "krait/runtime"

// signal is one exception class with the conditions it stands for.
type signal struct {
	name  string
	cond  uint32
	class *runtime.Type
}

// The exception classes.
var (
	DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
	DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded,
	Subnormal, Overflow, Underflow, FloatOperation *runtime.Type
)

// signalMap lists the signals in _decimal's signal_map order, the order
// of a SignalDict's keys.
var signalMap []signal

// condMap lists the InvalidOperation conditions in _decimal's cond_map
// order; a trap's argument list names these first.
var condMap []signal

// reprOrder is the order of the signals in a context's repr (libmpdec's
// bit order).
var reprOrder []signal

func initSignals() {
	exc := func(name string, bases ...*runtime.Type) *runtime.Type {
		return runtime.NewExceptionClass("decimal", name, "", bases...)
	}
	arith := runtime.ExceptionTypeByName("ArithmeticError")
	zde := runtime.ExceptionTypeByName("ZeroDivisionError")
	te := runtime.ExceptionTypeByName("TypeError")
	DecimalException = exc("DecimalException", arith)
	Clamped = exc("Clamped", DecimalException)
	InvalidOperation = exc("InvalidOperation", DecimalException)
	ConversionSyntax = exc("ConversionSyntax", InvalidOperation)
	DivisionByZero = exc("DivisionByZero", DecimalException, zde)
	DivisionImpossible = exc("DivisionImpossible", InvalidOperation)
	DivisionUndefined = exc("DivisionUndefined", InvalidOperation, zde)
	Inexact = exc("Inexact", DecimalException)
	InvalidContext = exc("InvalidContext", InvalidOperation)
	Rounded = exc("Rounded", DecimalException)
	Subnormal = exc("Subnormal", DecimalException)
	Overflow = exc("Overflow", Inexact, Rounded)
	Underflow = exc("Underflow", Inexact, Rounded, Subnormal)
	FloatOperation = exc("FloatOperation", DecimalException, te)
	signalMap = []signal{
		{"InvalidOperation", condIEEEInvalid, InvalidOperation},
		{"FloatOperation", condFloatOp, FloatOperation},
		{"DivisionByZero", condDivByZero, DivisionByZero},
		{"Overflow", condOverflow, Overflow},
		{"Underflow", condUnderflow, Underflow},
		{"Subnormal", condSubnormal, Subnormal},
		{"Inexact", condInexact, Inexact},
		{"Rounded", condRounded, Rounded},
		{"Clamped", condClamped, Clamped},
	}
	condMap = []signal{
		{"InvalidOperation", condInvalidOp, InvalidOperation},
		{"ConversionSyntax", condConvSyntax, ConversionSyntax},
		{"DivisionImpossible", condDivImpossible, DivisionImpossible},
		{"DivisionUndefined", condDivUndefined, DivisionUndefined},
		{"InvalidContext", condInvalidContext, InvalidContext},
	}
	s := signalMap
	reprOrder = []signal{s[8], s[0], s[2], s[6], s[1], s[3], s[7], s[5], s[4]}
}

// signalCond returns the conditions of the signal class v.
func signalCond(v runtime.Value) (uint32, bool) {
	for _, s := range signalMap {
		if v == runtime.ValueOf(s.class) {
			return s.cond, true
		}
	}
	return 0, false
}

// trapException builds the exception raised for the trapped conditions
// trapped: the first signal of signal_map that is set, with the list of
// the conditions as its argument.
func trapException(trapped uint32) *runtime.Exception {
	var cls *runtime.Type
	for _, s := range signalMap {
		if trapped&s.cond != 0 {
			cls = s.class
			break
		}
	}
	var items []runtime.Value
	for _, s := range condMap {
		if trapped&s.cond != 0 {
			items = append(items, runtime.ValueOf(s.class))
		}
	}
	for _, s := range signalMap[1:] {
		if trapped&s.cond != 0 {
			items = append(items, runtime.ValueOf(s.class))
		}
	}
	return runtime.NewException(cls, runtime.NewList(items))
}

// This file defines decimal.Context: the arithmetic settings (precision,
// rounding, exponent limits, capitals, clamp) with the flags and traps as
// condition sets, its validated attributes, repr, copy and pickling, and
// the signal-raising step every operation ends with.

package cdecimal

import (
	"strconv"
	"strings"

	"krait/runtime"
)

// The limits of a context, as _decimal's on 64-bit machines.
const (
	maxPrec = 999999999999999999
	maxEmax = 999999999999999999
	minEmin = -999999999999999999
)

// Context is a decimal.Context.
type Context struct {
	runtime.Header
	p        params
	capitals int
	flags    uint32
	traps    uint32
	attrs    *runtime.Attrs
}

// ContextType is decimal.Context.
var ContextType *runtime.Type

var contextNewMethod = runtime.Method{Name: "Context", Sig: "prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None"}

func asContext(v runtime.Value) *Context { return runtime.PtrOf[Context](v) }

func isContext(v runtime.Value) bool { return runtime.IsInstance(v, ContextType) }

// defaultTemplate is the settings a new Context starts from (libmpdec's
// default context as _decimal configures it).
var defaultTemplate = Context{p: params{prec: 28, emax: 999999, emin: -999999, round: roundHalfEven},
	capitals: 1, traps: condIEEEInvalid | condDivByZero | condOverflow}

func newContextRaw(t *runtime.Type, from *Context) *Context {
	c := &Context{Header: runtime.HeaderFor(t), p: from.p, capitals: from.capitals, flags: from.flags, traps: from.traps}
	if t != ContextType {
		c.attrs = &runtime.Attrs{}
	}
	return c
}

func context_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	from := &defaultTemplate
	if defaultContext != nil {
		from = defaultContext
	}
	c := newContextRaw(t, from)
	c.flags = 0
	if t == ContextType {
		if err := context_init(runtime.ValueOf(c), args, kwnames); err != nil {
			return runtime.Value{}, err
		}
	}
	return runtime.ValueOf(c), nil
}

func context_init(self runtime.Value, args []runtime.Value, kwnames []*runtime.Str) *runtime.Exception {
	a, err := contextNewMethod.BindArgs(args, kwnames, "Context")
	if err != nil {
		return err
	}
	return contextSetAll(asContext(self), a)
}

// contextSetAll applies the constructor's arguments (None or absent
// leaves a setting as it is).
func contextSetAll(c *Context, a []runtime.Value) *runtime.Exception {
	setters := []func(*Context, runtime.Value) *runtime.Exception{
		setPrec, setRounding, setEmin, setEmax, setCapitals, setClamp, setFlagsArg, setTrapsArg}
	for i, v := range a {
		if v.IsNull() || v == runtime.None {
			continue
		}
		if err := setters[i](c, v); err != nil {
			return err
		}
	}
	return nil
}

func ctxInt(v runtime.Value) (int64, *runtime.Exception) {
	if !runtime.IsInstance(v, runtime.IntType) {
		return 0, runtime.NewTypeError("an integer is required")
	}
	n, ok := runtime.IntOf(v)
	if !ok {
		return 0, runtime.NewOverflowError("Python int too large to convert to C ssize_t")
	}
	return n, nil
}

func setPrec(c *Context, v runtime.Value) *runtime.Exception {
	n, err := ctxInt(v)
	if err != nil {
		return err
	}
	if n < 1 || n > maxPrec {
		return runtime.NewValueError("valid range for prec is [1, MAX_PREC]")
	}
	c.p.prec = n
	return nil
}

func setEmin(c *Context, v runtime.Value) *runtime.Exception {
	n, err := ctxInt(v)
	if err != nil {
		return err
	}
	if n > 0 || n < minEmin {
		return runtime.NewValueError("valid range for Emin is [MIN_EMIN, 0]")
	}
	c.p.emin = n
	return nil
}

func setEmax(c *Context, v runtime.Value) *runtime.Exception {
	n, err := ctxInt(v)
	if err != nil {
		return err
	}
	if n < 0 || n > maxEmax {
		return runtime.NewValueError("valid range for Emax is [0, MAX_EMAX]")
	}
	c.p.emax = n
	return nil
}

func setCapitals(c *Context, v runtime.Value) *runtime.Exception {
	n, err := ctxInt(v)
	if err != nil {
		return err
	}
	if n != 0 && n != 1 {
		return runtime.NewValueError("valid values for capitals are 0 or 1")
	}
	c.capitals = int(n)
	return nil
}

func setClamp(c *Context, v runtime.Value) *runtime.Exception {
	n, err := ctxInt(v)
	if err != nil {
		return err
	}
	if n != 0 && n != 1 {
		return runtime.NewValueError("valid values for clamp are 0 or 1")
	}
	c.p.clamp = int(n)
	return nil
}

const roundingError = "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]"

// roundingOf returns the rounding mode named by the str v.
func roundingOf(v runtime.Value) (int, *runtime.Exception) {
	if runtime.IsInstance(v, runtime.StrType) {
		s, _ := runtime.StrOf(v)
		for i, n := range roundNames {
			if s.String() == n {
				return i, nil
			}
		}
	}
	return 0, runtime.NewTypeError(roundingError)
}

func setRounding(c *Context, v runtime.Value) *runtime.Exception {
	r, err := roundingOf(v)
	if err != nil {
		return err
	}
	c.p.round = r
	return nil
}

// signalsOf reads a signal dict, a dict of signal: bool or (for the
// constructor, allowList) a list of signals as a condition set.
func signalsOf(v runtime.Value, allowList bool) (uint32, *runtime.Exception) {
	if sd, ok := signalDictOf(v); ok {
		return *sd.field(), nil
	}
	if runtime.IsInstance(v, runtime.DictType) {
		return signalsFromDict(v)
	}
	if !allowList || !runtime.IsInstance(v, runtime.ListType) {
		return 0, runtime.NewTypeError("argument must be a signal dict")
	}
	items, err := runtime.IterItems(v)
	if err != nil {
		return 0, err
	}
	var set uint32
	for _, it := range items {
		c, ok := signalCond(it)
		if !ok {
			return 0, runtime.NewKeyError(runtime.StrValue(validSignals))
		}
		set |= c
	}
	return set, nil
}

const validSignals = "valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]"

func signalsFromDict(v runtime.Value) (uint32, *runtime.Exception) {
	n, err := runtime.Len(v)
	if err != nil {
		return 0, err
	}
	if n != len(signalMap) {
		return 0, runtime.NewKeyError(runtime.StrValue("invalid signal dict"))
	}
	var set uint32
	for _, s := range signalMap {
		x, err := runtime.GetItem(v, runtime.ValueOf(s.class))
		if err != nil {
			return 0, err
		}
		on, err := runtime.IsTrue(x)
		if err != nil {
			return 0, err
		}
		if on {
			set |= s.cond
		}
	}
	return set, nil
}

func setFlagsArg(c *Context, v runtime.Value) *runtime.Exception {
	s, err := signalsOf(v, true)
	if err == nil {
		c.flags = s
	}
	return err
}

func setTrapsArg(c *Context, v runtime.Value) *runtime.Exception {
	s, err := signalsOf(v, true)
	if err == nil {
		c.traps = s
	}
	return err
}

// signalNames lists the signals of set in a context's repr order.
func signalNames(set uint32) string {
	var names []string
	for _, s := range reprOrder {
		if set&s.cond != 0 {
			names = append(names, s.name)
		}
	}
	return "[" + strings.Join(names, ", ") + "]"
}

func context_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	c := asContext(v)
	s := "Context(prec=" + strconv.FormatInt(c.p.prec, 10) + ", rounding=" + roundNames[c.p.round] +
		", Emin=" + strconv.FormatInt(c.p.emin, 10) + ", Emax=" + strconv.FormatInt(c.p.emax, 10) +
		", capitals=" + strconv.Itoa(c.capitals) + ", clamp=" + strconv.Itoa(c.p.clamp) +
		", flags=" + signalNames(c.flags) + ", traps=" + signalNames(c.traps) + ")"
	return runtime.StrValue(s), nil
}

// raise records the conditions st in the context's flags and raises the
// trapped ones, as _decimal's dec_addstatus.
func (c *Context) raise(st uint32) *runtime.Exception {
	if st == 0 {
		return nil
	}
	if st&condMallocError != 0 {
		return runtime.NewException(runtime.ExceptionTypeByName("MemoryError"))
	}
	c.flags |= st
	if t := st & c.traps; t != 0 {
		return trapException(t)
	}
	return nil
}

func (c *Context) copyOf() *Context { return newContextRaw(ContextType, c) }

func intGetSet(name string, get func(c *Context) int64, set func(*Context, runtime.Value) *runtime.Exception) runtime.GetSetDef {
	return runtime.GetSetDef{Name: name,
		Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
			return runtime.Int(get(asContext(v))), nil
		},
		Set: func(v, val runtime.Value) *runtime.Exception {
			if val.IsNull() {
				return runtime.NewAttributeError("context attributes cannot be deleted")
			}
			return set(asContext(v), val)
		}}
}

var contextGetSets = []runtime.GetSetDef{
	intGetSet("prec", func(c *Context) int64 { return c.p.prec }, setPrec),
	intGetSet("Emax", func(c *Context) int64 { return c.p.emax }, setEmax),
	intGetSet("Emin", func(c *Context) int64 { return c.p.emin }, setEmin),
	{Name: "rounding", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.StrValue(roundNames[asContext(v).p.round]), nil
	}, Set: func(v, val runtime.Value) *runtime.Exception {
		if val.IsNull() {
			return runtime.NewAttributeError("context attributes cannot be deleted")
		}
		return setRounding(asContext(v), val)
	}},
	intGetSet("capitals", func(c *Context) int64 { return int64(c.capitals) }, setCapitals),
	intGetSet("clamp", func(c *Context) int64 { return int64(c.p.clamp) }, setClamp),
	{Name: "flags", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
		return newSignalDict(asContext(v), false), nil
	}, Set: func(v, val runtime.Value) *runtime.Exception {
		if val.IsNull() {
			return runtime.NewAttributeError("context attributes cannot be deleted")
		}
		s, err := signalsOf(val, false)
		if err == nil {
			asContext(v).flags = s
		}
		return err
	}},
	{Name: "traps", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
		return newSignalDict(asContext(v), true), nil
	}, Set: func(v, val runtime.Value) *runtime.Exception {
		if val.IsNull() {
			return runtime.NewAttributeError("context attributes cannot be deleted")
		}
		s, err := signalsOf(val, false)
		if err == nil {
			asContext(v).traps = s
		}
		return err
	}},
}

func context_copy(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.ValueOf(asContext(self).copyOf()), nil
}

func signalList(set uint32) runtime.Value {
	var items []runtime.Value
	for _, s := range signalMap {
		if set&s.cond != 0 {
			items = append(items, runtime.ValueOf(s.class))
		}
	}
	return runtime.NewList(items)
}

func context_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := asContext(self)
	args := runtime.TupleValue(runtime.Int(c.p.prec), runtime.StrValue(roundNames[c.p.round]),
		runtime.Int(c.p.emin), runtime.Int(c.p.emax), runtime.Int(int64(c.capitals)), runtime.Int(int64(c.p.clamp)),
		signalList(c.flags), signalList(c.traps))
	return runtime.TupleValue(runtime.ValueOf(self.Type()), args), nil
}

func context_clear_flags(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	asContext(self).flags = 0
	return runtime.None, nil
}

func context_clear_traps(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	asContext(self).traps = 0
	return runtime.None, nil
}

func context_etiny(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Int(asContext(self).p.etiny()), nil
}

func context_etop(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.Int(asContext(self).p.etop()), nil
}

func initContext() {
	methods := []runtime.Method{
		{Name: "copy", Flags: runtime.MethNoArgs, Fn: context_copy},
		{Name: "__copy__", Flags: runtime.MethNoArgs, Fn: context_copy},
		{Name: "__reduce__", Flags: runtime.MethNoArgs, Fn: context_reduce},
		{Name: "clear_flags", Flags: runtime.MethNoArgs, Fn: context_clear_flags},
		{Name: "clear_traps", Flags: runtime.MethNoArgs, Fn: context_clear_traps},
		{Name: "Etiny", Flags: runtime.MethNoArgs, Fn: context_etiny},
		{Name: "Etop", Flags: runtime.MethNoArgs, Fn: context_etop},
	}
	methods = append(methods, contextOpMethods()...)
	ContextType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:    "decimal.Context",
		Flags:   runtime.FlagBaseType | runtime.FlagNoWeakrefs,
		Doc:     "The context affects almost all operations and controls rounding,\nOver/Underflow, raising of exceptions and much more.",
		Methods: methods,
		GetSets: contextGetSets,
	}, func(t *runtime.Type) {
		t.New = context_new
		t.Init = func(self runtime.Value, args []runtime.Value, kwnames []*runtime.Str) *runtime.Exception {
			if self.Type() == ContextType {
				return nil
			}
			return context_init(self, args, kwnames)
		}
		t.Repr = context_repr
		t.InstAttrs = func(v runtime.Value) *runtime.Attrs { return asContext(v).attrs }
	})
}

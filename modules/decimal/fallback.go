// This file defines the fallback for the operations not yet written in
// Go (the transcendental functions, power, the logical and digit-shifting
// operations, next_*, fma, the total orderings): they run in
// Lib/_pydecimal.py on an equivalent context whose traps are off, and its
// flags come back as conditions, so results and signals stay exact.

package cdecimal

import (
	"strconv"

	"krait/runtime"
)

// pyState is the imported _pydecimal module with the objects the
// fallback uses.
var pyState struct {
	mod, decimal, context runtime.Value
	signals               []runtime.Value // parallel to pySignalConds
}

var pySignalNames = []string{"Clamped", "InvalidOperation", "DivisionByZero", "Inexact", "Rounded",
	"Subnormal", "Overflow", "Underflow", "FloatOperation"}

var pySignalConds = []uint32{condClamped, condInvalidOp, condDivByZero, condInexact, condRounded,
	condSubnormal, condOverflow, condUnderflow, condFloatOp}

func pyImport() *runtime.Exception {
	if !pyState.mod.IsNull() {
		return nil
	}
	m, err := runtime.ImportModule("_pydecimal")
	if err != nil {
		return err
	}
	d, err := runtime.GetAttrString(m, "Decimal")
	if err != nil {
		return err
	}
	c, err := runtime.GetAttrString(m, "Context")
	if err != nil {
		return err
	}
	sigs := make([]runtime.Value, len(pySignalNames))
	for i, n := range pySignalNames {
		if sigs[i], err = runtime.GetAttrString(m, n); err != nil {
			return err
		}
	}
	pyState.mod, pyState.decimal, pyState.context, pyState.signals = m, d, c, sigs
	return nil
}

// toPy converts d to a _pydecimal.Decimal.
func toPy(d *dec) (runtime.Value, *runtime.Exception) {
	return runtime.Call(pyState.decimal, []runtime.Value{runtime.StrValue(toString(d, false, true))}, nil)
}

// fromPy converts a _pydecimal result back: Decimals (also inside
// tuples) become Decimals, anything else is returned as it is.
func fromPy(v runtime.Value) (runtime.Value, *runtime.Exception) {
	if runtime.IsInstance(v, runtime.TupleType) {
		items, err := runtime.IterItems(v)
		if err != nil {
			return runtime.Value{}, err
		}
		for i := range items {
			if items[i], err = fromPy(items[i]); err != nil {
				return runtime.Value{}, err
			}
		}
		return runtime.TupleValue(items...), nil
	}
	ok, err := runtime.IsInstanceOf(v, pyState.decimal)
	if err != nil || !ok {
		return v, err
	}
	s, err := runtime.StrOf(v)
	if err != nil {
		return runtime.Value{}, err
	}
	d, good := parseDecimal(s.String())
	if !good {
		return runtime.Value{}, runtime.NewSystemError("_decimal: cannot read back %s", s.String())
	}
	return newDecimal(d), nil
}

// pyContext builds a _pydecimal.Context with c's settings and no traps.
func pyContext(c *Context) (runtime.Value, *runtime.Exception) {
	args := []runtime.Value{runtime.Int(c.p.prec), runtime.StrValue(roundNames[c.p.round]), runtime.Int(c.p.emin),
		runtime.Int(c.p.emax), runtime.Int(int64(c.capitals)), runtime.Int(int64(c.p.clamp)),
		runtime.NewList(nil), runtime.NewList(nil)}
	return runtime.Call(pyState.context, args, nil)
}

// fallback calls the _pydecimal method name on xs[0] with the other
// operands and extra arguments, under context c; the conditions it
// raised are added to st.
func fallback(name string, xs []dec, extra []runtime.Value, c *Context, st *uint32) (runtime.Value, *runtime.Exception) {
	if err := pyImport(); err != nil {
		return runtime.Value{}, err
	}
	pc, err := pyContext(c)
	if err != nil {
		return runtime.Value{}, err
	}
	self, err := toPy(&xs[0])
	if err != nil {
		return runtime.Value{}, err
	}
	args := make([]runtime.Value, 0, len(xs)+len(extra))
	for i := 1; i < len(xs); i++ {
		a, err := toPy(&xs[i])
		if err != nil {
			return runtime.Value{}, err
		}
		args = append(args, a)
	}
	args = append(args, extra...)
	args = append(args, pc)
	meth, err := runtime.GetAttrString(self, name)
	if err != nil {
		return runtime.Value{}, err
	}
	r, err := runtime.Call(meth, args, []*runtime.Str{runtime.Intern("context")})
	if err != nil {
		return runtime.Value{}, err
	}
	flags, err := runtime.GetAttrString(pc, "flags")
	if err != nil {
		return runtime.Value{}, err
	}
	for i, s := range pyState.signals {
		f, err := runtime.GetItem(flags, s)
		if err != nil {
			return runtime.Value{}, err
		}
		if on, _ := runtime.IsTrue(f); on {
			*st |= pySignalConds[i]
		}
	}
	return fromPy(r)
}

// fallbackDec is fallback for an operation whose result is a Decimal.
func fallbackDec(name string, xs []dec, extra []runtime.Value, c *Context, st *uint32) (dec, *runtime.Exception) {
	r, err := fallback(name, xs, extra, c, st)
	if err != nil {
		return dec{}, err
	}
	if !isDecimal(r) {
		return dec{}, runtime.NewSystemError("_decimal: %s returned %s", name, strconv.Quote(r.Type().Name))
	}
	return decOf(r), nil
}

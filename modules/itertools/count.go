// This file defines itertools.count: start, start+step, ... counted in an
// int64 while the step is 1 and the count fits, with Python numbers after.

package itertools

import (
	"math"
	"strconv"

	"krait/runtime"
)

var countType *runtime.Type

// countObject counts in cnt while fast; otherwise the next value is long.
type countObject struct {
	iterBase
	fast bool
	cnt  int64
	long runtime.Value
	step runtime.Value
}

var countArgs = runtime.Method{Name: "count", Sig: "start=, step="}

func initCount() {
	countType = newIterType("count",
		"count(start=0, step=1)\n\nAn iterator giving start, start+step, start+2*step, ...",
		false, []runtime.Method{
			{Name: "__reduce__", Fn: count_reduce, Flags: runtime.MethNoArgs, Doc: "Pickling support: (callable, args[, state])."},
		}, count_new, count_next, func(t *runtime.Type) { t.Repr = count_repr })
}

// isNumber is PyNumber_Check.
func isNumber(v runtime.Value) bool {
	t := v.Type()
	return t.Index != nil || t.Int != nil || t.Float != nil || runtime.IsInstance(v, runtime.ComplexType)
}

// isIntOne reports whether v is an int (or bool, or int subclass) equal to 1.
func isIntOne(v runtime.Value) bool {
	if v.IsSmallInt() {
		return v.SmallInt() == 1
	}
	if !runtime.IsInstance(v, runtime.IntType) {
		return false
	}
	eq, err := runtime.RichCompareBool(v, runtime.Int(1), runtime.Eq)
	return err == nil && eq
}

func count_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := countArgs.BindClinic(args, kw, "count")
	if err != nil {
		return runtime.Value{}, err
	}
	start, step := a[0], a[1]
	if start.IsNull() {
		start = runtime.Int(0)
	}
	if step.IsNull() {
		step = runtime.Int(1)
	}
	if !isNumber(start) || !isNumber(step) {
		return runtime.Value{}, runtime.NewTypeError("a number is required")
	}
	c := &countObject{iterBase: newBase(t), long: start, step: step}
	if isIntOne(step) && runtime.IsInstance(start, runtime.IntType) {
		if n, err := runtime.IndexInt64(start, ""); err == nil && n != math.MaxInt64 {
			c.fast, c.cnt, c.long = true, n, runtime.Value{}
		}
	}
	return runtime.ValueOf(c), nil
}

func count_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[countObject](v)
	if c.fast {
		r := c.cnt
		if r == math.MaxInt64-1 {
			// The next value no longer fits: continue with Python ints.
			c.fast, c.long = false, runtime.Int(math.MaxInt64)
		}
		c.cnt++
		return runtime.Int(r), nil
	}
	r := c.long
	n, err := runtime.BinaryOp(r, c.step, runtime.NbAdd)
	if err != nil {
		return runtime.Value{}, err
	}
	c.long = n
	return r, nil
}

// current returns the next value count will produce.
func (c *countObject) current() runtime.Value {
	if c.fast {
		return runtime.Int(c.cnt)
	}
	return c.long
}

// count_repr is count(start) when the step is the integer 1, else
// count(start, step).
func count_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[countObject](v)
	name := typeName(v.Type())
	if c.fast {
		return runtime.StrValue(name + "(" + strconv.FormatInt(c.cnt, 10) + ")"), nil
	}
	cnt, err := runtime.Repr(c.long)
	if err != nil {
		return runtime.Value{}, err
	}
	if isIntOne(c.step) {
		return runtime.StrValue(name + "(" + cnt.S + ")"), nil
	}
	step, err := runtime.Repr(c.step)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(name + "(" + cnt.S + ", " + step.S + ")"), nil
}

func count_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[countObject](self)
	args := runtime.TupleValue(c.current())
	if !c.fast && !isIntOne(c.step) {
		args = runtime.TupleValue(c.current(), c.step)
	}
	return runtime.TupleValue(self.Type().Value(), args), nil
}

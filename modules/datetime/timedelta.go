// This file defines datetime.timedelta: construction from mixed int and
// float components (CPython's accum and its half-even rounding of the
// leftover), normalization, arithmetic, comparison, hash and repr.

package datetime

import (
	"fmt"
	"math"
	"math/big"
	"strings"

	"krait/runtime"
)

// Delta is a timedelta: days in ±999999999, seconds in [0, 86400),
// microseconds in [0, 1000000).
type Delta struct {
	runtime.Header
	days, seconds, us int
	hash              int64 // -1 until computed
	attrs             *runtime.Attrs
}

// DeltaType is datetime.timedelta.
var DeltaType *runtime.Type

var deltaNewMethod = runtime.Method{Name: "__new__", Sig: "days=, seconds=, microseconds=, milliseconds=, minutes=, hours=, weeks="}

func initDelta() {
	DeltaType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:  "datetime.timedelta",
		Flags: runtime.FlagBaseType,
		Doc:   "Difference between two datetime values.\n\ntimedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)\n\nAll arguments are optional and default to 0.\nArguments may be integers or floats, and may be positive or negative.",
		Methods: []runtime.Method{
			{Name: "total_seconds", Flags: runtime.MethNoArgs, Fn: delta_total_seconds, Doc: "Total seconds in the duration."},
			{Name: "__reduce__", Flags: runtime.MethNoArgs, Fn: delta_reduce, Doc: "__reduce__() -> (cls, state)"},
			{Name: "__divmod__", Flags: runtime.MethO, Fn: delta_divmod},
		},
		// C's timedelta has read-only T_INT members, so member_descriptors.
		GetSets: []runtime.GetSetDef{
			{Name: "days", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.Int(int64(asDelta(v).days)), nil
			}, Doc: "Number of days.", Member: true},
			{Name: "seconds", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.Int(int64(asDelta(v).seconds)), nil
			}, Doc: "Number of seconds (>= 0 and less than 1 day).", Member: true},
			{Name: "microseconds", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.Int(int64(asDelta(v).us)), nil
			}, Doc: "Number of microseconds (>= 0 and less than 1 second).", Member: true},
		},
	}, func(t *runtime.Type) {
		t.New = delta_new
		t.Repr = delta_repr
		t.Str = delta_str
		t.Hash = delta_hash
		t.RichCompare = delta_richcompare
		t.Bool = func(v runtime.Value) (bool, *runtime.Exception) {
			d := asDelta(v)
			return d.days != 0 || d.seconds != 0 || d.us != 0, nil
		}
		t.Neg = delta_negative
		t.Pos = func(v runtime.Value) (runtime.Value, *runtime.Exception) {
			d := asDelta(v)
			return newDelta(d.days, d.seconds, d.us)
		}
		t.Abs = func(v runtime.Value) (runtime.Value, *runtime.Exception) {
			if asDelta(v).days < 0 {
				return delta_negative(v)
			}
			d := asDelta(v)
			return newDelta(d.days, d.seconds, d.us)
		}
		t.Number[runtime.NbAdd] = delta_add
		t.Number[runtime.NbSubtract] = delta_subtract
		t.Number[runtime.NbMultiply] = delta_multiply
		t.Number[runtime.NbTrueDivide] = delta_truedivide
		t.Number[runtime.NbFloorDivide] = delta_floordivide
		t.Number[runtime.NbRemainder] = delta_remainder
		t.InstAttrs = func(v runtime.Value) *runtime.Attrs { return asDelta(v).attrs }
	})
}

func asDelta(v runtime.Value) *Delta { return runtime.PtrOf[Delta](v) }

func isDelta(v runtime.Value) bool { return runtime.IsInstance(v, DeltaType) }

// newDeltaEx makes a timedelta of type t from normalized-or-not fields.
func newDeltaEx(t *runtime.Type, days, seconds, us int) (runtime.Value, *runtime.Exception) {
	normalizePair(&seconds, &us, 1000000)
	normalizePair(&days, &seconds, 86400)
	if days < -maxDeltaDays || days > maxDeltaDays {
		return runtime.Value{}, runtime.NewOverflowError("days=%d; must have magnitude <= %d", days, maxDeltaDays)
	}
	d := &Delta{Header: runtime.HeaderFor(t), days: days, seconds: seconds, us: us, hash: -1}
	if t != DeltaType {
		d.attrs = &runtime.Attrs{}
	}
	return runtime.ValueOf(d), nil
}

func newDelta(days, seconds, us int) (runtime.Value, *runtime.Exception) {
	return newDeltaEx(DeltaType, days, seconds, us)
}

// deltaMicroseconds returns the duration in microseconds as a Python int.
func deltaMicroseconds(d *Delta) runtime.Value {
	if d.days > -100000 && d.days < 100000 {
		return runtime.Int((int64(d.days)*86400+int64(d.seconds))*1000000 + int64(d.us))
	}
	b := big.NewInt(int64(d.days))
	b.Mul(b, big.NewInt(86400))
	b.Add(b, big.NewInt(int64(d.seconds)))
	b.Mul(b, big.NewInt(1000000))
	b.Add(b, big.NewInt(int64(d.us)))
	return runtime.NewIntBig(b)
}

// microsecondsToDelta converts a Python int of microseconds to a timedelta
// of type t (microseconds_to_delta_ex).
func microsecondsToDelta(t *runtime.Type, v runtime.Value) (runtime.Value, *runtime.Exception) {
	small, b, ok := runtime.IntParts(v)
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("expected an int")
	}
	if b == nil {
		us := small % 1000000
		s := small / 1000000
		if us < 0 {
			us += 1000000
			s--
		}
		sec := s % 86400
		days := s / 86400
		if sec < 0 {
			sec += 86400
			days--
		}
		if days < math.MinInt32 || days > math.MaxInt32 {
			return runtime.Value{}, runtime.NewOverflowError("Python int too large to convert to C int")
		}
		return newDeltaEx(t, int(days), int(sec), int(us))
	}
	q, us := new(big.Int), new(big.Int)
	q.DivMod(b, big.NewInt(1000000), us)
	days, sec := new(big.Int), new(big.Int)
	days.DivMod(q, big.NewInt(86400), sec)
	if !days.IsInt64() || days.Int64() < math.MinInt32 || days.Int64() > math.MaxInt32 {
		return runtime.Value{}, runtime.NewOverflowError("Python int too large to convert to C int")
	}
	return newDeltaEx(t, int(days.Int64()), int(sec.Int64()), int(us.Int64()))
}

// deltaFactors are the microseconds per unit of each constructor argument,
// in the order CPython accumulates them.
var deltaOrder = []struct {
	arg    int
	factor int64
	name   string
}{{2, 1, "microseconds"}, {3, 1000, "milliseconds"}, {1, 1000000, "seconds"}, {4, 60000000, "minutes"},
	{5, 3600000000, "hours"}, {0, 86400000000, "days"}, {6, 604800000000, "weeks"}}

func delta_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := deltaNewMethod.BindClinic(args, kwnames, "__new__")
	if err != nil {
		return runtime.Value{}, err
	}
	if v, ok := deltaSmallSum(a); ok {
		return microsecondsToDelta(t, runtime.Int(v))
	}
	sum := new(big.Int)
	leftover := 0.0
	for _, o := range deltaOrder {
		v := a[o.arg]
		if v.IsNull() {
			continue
		}
		if err := deltaAccum(sum, &leftover, v, o.factor, o.name); err != nil {
			return runtime.Value{}, err
		}
	}
	if leftover != 0 {
		whole := math.Round(leftover)
		if math.Abs(whole-leftover) == 0.5 {
			odd := 0.0
			if sum.Bit(0) == 1 {
				odd = 1
			}
			whole = 2.0*math.Round((leftover+odd)*0.5) - odd
		}
		sum.Add(sum, big.NewInt(int64(whole)))
	}
	return microsecondsToDelta(t, runtime.NewIntBig(sum))
}

// deltaSmallSum is the common case of delta_new: every given argument a
// small int, so the microseconds fit an int64 without rounding.
func deltaSmallSum(a []runtime.Value) (int64, bool) {
	var sum int64
	for _, o := range deltaOrder {
		v := a[o.arg]
		if v.IsNull() {
			continue
		}
		if !v.IsSmallInt() || v.SmallInt() > 1000000 || v.SmallInt() < -1000000 {
			return 0, false
		}
		sum += v.SmallInt() * o.factor
	}
	return sum, true
}

// deltaAccum adds v*factor microseconds to sum, keeping a float's
// fractional microseconds in leftover (CPython's accum).
func deltaAccum(sum *big.Int, leftover *float64, v runtime.Value, factor int64, name string) *runtime.Exception {
	if b, ok := bigOfInt(v); ok {
		sum.Add(sum, new(big.Int).Mul(b, big.NewInt(factor)))
		return nil
	}
	if !runtime.IsInstance(v, runtime.FloatType) {
		return runtime.NewTypeError("unsupported type for timedelta %s component: %s", name, v.Type().Name)
	}
	f, _ := runtime.FloatValueOf(v)
	ip, fp := math.Modf(f)
	bi, err := floatToBig(ip)
	if err != nil {
		return err
	}
	sum.Add(sum, bi.Mul(bi, big.NewInt(factor)))
	if fp == 0 {
		return nil
	}
	ip, fp = math.Modf(fp * float64(factor))
	bi, err = floatToBig(ip)
	if err != nil {
		return err
	}
	sum.Add(sum, bi)
	*leftover += fp
	return nil
}

func bigOfInt(v runtime.Value) (*big.Int, bool) {
	s, b, ok := runtime.IntParts(v)
	if !ok || !runtime.IsInstance(v, runtime.IntType) {
		return nil, false
	}
	if b != nil {
		return new(big.Int).Set(b), true
	}
	return big.NewInt(s), true
}

func floatToBig(f float64) (*big.Int, *runtime.Exception) {
	if math.IsNaN(f) {
		return nil, runtime.NewValueError("cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return nil, runtime.NewOverflowError("cannot convert float infinity to integer")
	}
	b, _ := big.NewFloat(f).Int(nil)
	return b, nil
}

func delta_negative(v runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDelta(v)
	return newDelta(-d.days, -d.seconds, -d.us)
}

func delta_add(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	if isDelta(a) && isDelta(b) {
		x, y := asDelta(a), asDelta(b)
		return newDelta(x.days+y.days, x.seconds+y.seconds, x.us+y.us)
	}
	return runtime.NotImplemented, nil
}

func delta_subtract(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	if isDelta(a) && isDelta(b) {
		x, y := asDelta(a), asDelta(b)
		return newDelta(x.days-y.days, x.seconds-y.seconds, x.us-y.us)
	}
	return runtime.NotImplemented, nil
}

func isExactInt(v runtime.Value) bool { return runtime.IsInstance(v, runtime.IntType) }

func delta_multiply(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	if !isDelta(a) {
		a, b = b, a
	}
	if !isDelta(a) {
		return runtime.NotImplemented, nil
	}
	us := deltaMicroseconds(asDelta(a))
	if isExactInt(b) {
		p, err := runtime.BinaryOp(us, b, runtime.NbMultiply)
		if err != nil {
			return runtime.Value{}, err
		}
		return microsecondsToDelta(DeltaType, p)
	}
	if runtime.IsInstance(b, runtime.FloatType) {
		return deltaScaleByFloat(us, b, false)
	}
	return runtime.NotImplemented, nil
}

// deltaScaleByFloat multiplies (or divides, when divide) microseconds by
// a float through its exact integer ratio, rounding half to even.
func deltaScaleByFloat(us, f runtime.Value, divide bool) (runtime.Value, *runtime.Exception) {
	ratio, err := runtime.CallMethod(f, "as_integer_ratio")
	if err != nil {
		return runtime.Value{}, err
	}
	tup, ok := ratio.TryTuple()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("unexpected return type from as_integer_ratio(): expected tuple, got '%s'", ratio.Type().Name)
	}
	r := tup.Items()
	if len(r) != 2 {
		return runtime.Value{}, runtime.NewValueError("as_integer_ratio() must return a 2-tuple")
	}
	num, den := r[0], r[1]
	if divide {
		num, den = den, num
	}
	p, err := runtime.BinaryOp(us, num, runtime.NbMultiply)
	if err != nil {
		return runtime.Value{}, err
	}
	q, err := divideNearest(p, den)
	if err != nil {
		return runtime.Value{}, err
	}
	return microsecondsToDelta(DeltaType, q)
}

// divideNearest is a / b rounded half to even, for Python ints
// (_PyLong_DivmodNear's quotient).
func divideNearest(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	x, _ := bigOfInt(a)
	y, _ := bigOfInt(b)
	if y.Sign() == 0 {
		return runtime.Value{}, runtime.NewZeroDivisionError("integer division or modulo by zero")
	}
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 && r.Sign() != y.Sign() { // floor division
		q.Sub(q, big.NewInt(1))
		r.Add(r, y)
	}
	twice := new(big.Int).Lsh(r, 1)
	twice.Abs(twice)
	c := twice.Cmp(new(big.Int).Abs(y))
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, big.NewInt(1))
	}
	return runtime.NewIntBig(q), nil
}

func delta_truedivide(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	if !isDelta(a) {
		return runtime.NotImplemented, nil
	}
	us := deltaMicroseconds(asDelta(a))
	switch {
	case isDelta(b):
		return runtime.BinaryOp(us, deltaMicroseconds(asDelta(b)), runtime.NbTrueDivide)
	case runtime.IsInstance(b, runtime.FloatType):
		return deltaScaleByFloat(us, b, true)
	case isExactInt(b):
		q, err := divideNearest(us, b)
		if err != nil {
			return runtime.Value{}, err
		}
		return microsecondsToDelta(DeltaType, q)
	}
	return runtime.NotImplemented, nil
}

func delta_floordivide(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	if !isDelta(a) {
		return runtime.NotImplemented, nil
	}
	us := deltaMicroseconds(asDelta(a))
	switch {
	case isDelta(b):
		return runtime.BinaryOp(us, deltaMicroseconds(asDelta(b)), runtime.NbFloorDivide)
	case isExactInt(b):
		q, err := runtime.BinaryOp(us, b, runtime.NbFloorDivide)
		if err != nil {
			return runtime.Value{}, err
		}
		return microsecondsToDelta(DeltaType, q)
	}
	return runtime.NotImplemented, nil
}

func delta_remainder(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	if !isDelta(a) || !isDelta(b) {
		return runtime.NotImplemented, nil
	}
	r, err := runtime.BinaryOp(deltaMicroseconds(asDelta(a)), deltaMicroseconds(asDelta(b)), runtime.NbRemainder)
	if err != nil {
		return runtime.Value{}, err
	}
	return microsecondsToDelta(DeltaType, r)
}

// delta_divmod is timedelta.__divmod__ (the type has no nb_divmod slot in
// this runtime, so it is a method).
func delta_divmod(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	b := args[0]
	if !isDelta(b) {
		return runtime.NotImplemented, nil
	}
	x, y := deltaMicroseconds(asDelta(self)), deltaMicroseconds(asDelta(b))
	if y.IsSmallInt() && y.SmallInt() == 0 {
		return runtime.Value{}, runtime.NewZeroDivisionError("integer division or modulo by zero")
	}
	q, err := runtime.BinaryOp(x, y, runtime.NbFloorDivide)
	if err != nil {
		return runtime.Value{}, err
	}
	r, err := runtime.BinaryOp(x, y, runtime.NbRemainder)
	if err != nil {
		return runtime.Value{}, err
	}
	rd, err := microsecondsToDelta(DeltaType, r)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(q, rd), nil
}

func deltaCmp(x, y *Delta) int {
	switch {
	case x.days != y.days:
		return sign(x.days - y.days)
	case x.seconds != y.seconds:
		return sign(x.seconds - y.seconds)
	}
	return sign(x.us - y.us)
}

func sign(n int) int {
	if n < 0 {
		return -1
	}
	if n > 0 {
		return 1
	}
	return 0
}

// cmpResult turns a three-way comparison into the result of op.
func cmpResult(c int, op runtime.CompareOp) runtime.Value {
	var r bool
	switch op {
	case runtime.Lt:
		r = c < 0
	case runtime.Le:
		r = c <= 0
	case runtime.Eq:
		r = c == 0
	case runtime.Ne:
		r = c != 0
	case runtime.Gt:
		r = c > 0
	default:
		r = c >= 0
	}
	return runtime.Bool(r)
}

func delta_richcompare(v, w runtime.Value, op runtime.CompareOp) (runtime.Value, *runtime.Exception) {
	if !isDelta(w) {
		return runtime.NotImplemented, nil
	}
	return cmpResult(deltaCmp(asDelta(v), asDelta(w)), op), nil
}

func delta_hash(v runtime.Value) (int64, *runtime.Exception) {
	d := asDelta(v)
	if d.hash == -1 {
		h, err := runtime.Hash(deltaState(d))
		if err != nil {
			return 0, err
		}
		d.hash = h
	}
	return d.hash, nil
}

func deltaState(d *Delta) runtime.Value {
	return runtime.TupleValue(runtime.Int(int64(d.days)), runtime.Int(int64(d.seconds)), runtime.Int(int64(d.us)))
}

func delta_reduce(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.TupleValue(runtime.ValueOf(self.Type()), deltaState(asDelta(self))), nil
}

func delta_total_seconds(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	us := deltaMicroseconds(asDelta(self))
	return runtime.BinaryOp(us, runtime.Int(1000000), runtime.NbTrueDivide)
}

func delta_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDelta(v)
	var parts []string
	if d.days != 0 {
		parts = append(parts, fmt.Sprintf("days=%d", d.days))
	}
	if d.seconds != 0 {
		parts = append(parts, fmt.Sprintf("seconds=%d", d.seconds))
	}
	if d.us != 0 {
		parts = append(parts, fmt.Sprintf("microseconds=%d", d.us))
	}
	if len(parts) == 0 {
		parts = []string{"0"}
	}
	return runtime.StrValue(typeName(v) + "(" + strings.Join(parts, ", ") + ")"), nil
}

func delta_str(v runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDelta(v)
	var b strings.Builder
	if d.days != 0 {
		s := ""
		if d.days != 1 && d.days != -1 {
			s = "s"
		}
		fmt.Fprintf(&b, "%d day%s, ", d.days, s)
	}
	fmt.Fprintf(&b, "%d:%02d:%02d", d.seconds/3600, d.seconds/60%60, d.seconds%60)
	if d.us != 0 {
		fmt.Fprintf(&b, ".%06d", d.us)
	}
	return runtime.StrValue(b.String()), nil
}

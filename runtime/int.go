// This file defines the int type: unboxed for values that fit in 64 bits
// (value.go), a heap BigInt beyond, and heap BigInts for instances of int
// subclasses. Arithmetic on two unboxed ints never allocates unless it
// overflows.

package runtime

import (
	"math"
	"math/big"
	"math/bits"
)

// BigInt is a heap int: a value beyond int64, or an int subclass instance.
type BigInt struct {
	Header
	attrs *Attrs // an int subclass instance's attributes, allocated on first use
	v     big.Int
}

// NewIntBig returns the int x, unboxed when it fits (x is not retained).
func NewIntBig(x *big.Int) Value {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	b := &BigInt{Header: Header{IntType}}
	b.v.Set(x)
	return ValueOf(b)
}

// newBigInt returns a new int object for an arithmetic result to be computed into
// its v: one allocation for the object, none for a temporary big.Int.
func newBigInt() *BigInt { return &BigInt{Header: Header{IntType}} }

// value returns b, a result made by newBigInt, as an int: unboxed when it fits.
func (b *BigInt) value() Value {
	if b.v.IsInt64() {
		return Int(b.v.Int64())
	}
	return ValueOf(b)
}

// ownBig returns the int x, taking over x's digits instead of copying them: x is
// a fresh result that the caller does not use afterwards.
func ownBig(x *big.Int) Value {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	b := newBigInt()
	b.v = *x //nolint:govet // x is dead after this: its digits move to b
	return ValueOf(b)
}

// intValue returns the value of an int (or bool, or int subclass instance)
// as either a small int64 (big == nil) or a *big.Int (not to be modified).
func intValue(v Value) (small int64, bg *big.Int, ok bool) {
	if v.IsSmallInt() {
		return v.SmallInt(), nil, true
	}
	t := v.Type()
	if t.Flags&FlagIntSubclass == 0 {
		return 0, nil, false
	}
	if t == BoolType {
		return ptrOf[boolObject](v).v, nil, true
	}
	b := &ptrOf[BigInt](v).v
	if b.IsInt64() {
		return b.Int64(), nil, true
	}
	return 0, b, true
}

// bigOf returns v's int value as a new *big.Int.
func bigOf(v Value) (*big.Int, bool) {
	s, b, ok := intValue(v)
	if !ok {
		return nil, false
	}
	if b != nil {
		return new(big.Int).Set(b), true
	}
	return big.NewInt(s), true
}

// intBinary prepares an int binary operation: both ints, as int64 when
// both fit, else as big.Ints.
func intOperands(a, b Value) (x, y int64, bx, by *big.Int, ok, small bool) {
	x, bx, ok1 := intValue(a)
	y, by, ok2 := intValue(b)
	if !ok1 || !ok2 {
		return 0, 0, nil, nil, false, false
	}
	if bx == nil && by == nil {
		return x, y, nil, nil, true, true
	}
	if bx == nil {
		bx = big.NewInt(x)
	}
	if by == nil {
		by = big.NewInt(y)
	}
	return 0, 0, bx, by, true, false
}

func int_add(a, b Value) (Value, *Exception) {
	if !(a.IsSmallInt() && b.IsSmallInt()) {
		if r, ok := wideAdd(a, b, false); ok { // int_wide.go
			return r, nil
		}
		if r, ok := bigArith(a, b, mixAdd); ok { // bigint14_mixed.go
			return r, nil
		}
	}
	x, y, bx, by, ok, small := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if small {
		s := x + y
		if (s > x) == (y > 0) {
			return Int(s), nil
		}
		if r, ok := wideAdd(a, b, false); ok {
			return r, nil
		}
		bx, by = big.NewInt(x), big.NewInt(y)
	}
	r := newBigInt()
	r.v.Add(bx, by)
	return r.value(), nil
}

func int_sub(a, b Value) (Value, *Exception) {
	if !(a.IsSmallInt() && b.IsSmallInt()) {
		if r, ok := wideAdd(a, b, true); ok { // int_wide.go
			return r, nil
		}
		if r, ok := bigArith(a, b, mixSub); ok { // bigint14_mixed.go
			return r, nil
		}
	}
	x, y, bx, by, ok, small := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if small {
		s := x - y
		if (s < x) == (y > 0) {
			return Int(s), nil
		}
		if r, ok := wideAdd(a, b, true); ok {
			return r, nil
		}
		bx, by = big.NewInt(x), big.NewInt(y)
	}
	r := newBigInt()
	r.v.Sub(bx, by)
	return r.value(), nil
}

func int_mul(a, b Value) (Value, *Exception) {
	if !(a.IsSmallInt() && b.IsSmallInt()) {
		if r, ok := wideMul(a, b); ok { // int_wide.go
			return r, nil
		}
		if r, ok := bigArith(a, b, mixMul); ok { // bigint14_mixed.go
			return r, nil
		}
	}
	x, y, bx, by, ok, small := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if small {
		if r, ok := mul64(x, y); ok {
			return Int(r), nil
		}
		if r, ok := wideMul(a, b); ok {
			return r, nil
		}
		bx, by = big.NewInt(x), big.NewInt(y)
	}
	r := newBigInt()
	r.v.Mul(bx, by)
	return r.value(), nil
}

// mul64 multiplies without overflow, reporting failure.
func mul64(x, y int64) (int64, bool) {
	hi, lo := bits.Mul64(uint64(absInt64(x)), uint64(absInt64(y)))
	if hi != 0 || lo > math.MaxInt64 || x == math.MinInt64 || y == math.MinInt64 {
		return 0, false
	}
	r := int64(lo)
	if (x < 0) != (y < 0) {
		r = -r
	}
	return r, true
}

func absInt64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func int_floordiv(a, b Value) (Value, *Exception) {
	if !(a.IsSmallInt() && b.IsSmallInt()) {
		if q, _, ok := wideDivMod(a, b); ok { // int_wide.go
			return q, nil
		}
		if q, _, zero, ok := bigDivMod(a, b, true, false); ok { // bigint14_mixed.go
			if zero {
				return Value{}, NewZeroDivisionError("integer division or modulo by zero")
			}
			return q, nil
		}
	}
	x, y, bx, by, ok, small := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if small {
		if y == 0 {
			return Value{}, NewZeroDivisionError("integer division or modulo by zero")
		}
		if !(x == math.MinInt64 && y == -1) {
			q := x / y
			if (x%y != 0) && ((x < 0) != (y < 0)) {
				q--
			}
			return Int(q), nil
		}
		bx, by = big.NewInt(x), big.NewInt(y)
	}
	q, _, err := intFloorDivMod(bx, by)
	if err != nil {
		return Value{}, fromPyErr(err)
	}
	return ownBig(q), nil
}

func int_mod(a, b Value) (Value, *Exception) {
	if !(a.IsSmallInt() && b.IsSmallInt()) {
		if _, r, ok := wideDivMod(a, b); ok { // int_wide.go
			return r, nil
		}
		if _, r, zero, ok := bigDivMod(a, b, false, true); ok { // bigint14_mixed.go
			if zero {
				return Value{}, NewZeroDivisionError("integer modulo by zero")
			}
			return r, nil
		}
	}
	x, y, bx, by, ok, small := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if small {
		if y == 0 {
			return Value{}, NewZeroDivisionError("integer modulo by zero")
		}
		if y == -1 {
			return Int(0), nil
		}
		r := x % y
		if r != 0 && ((r < 0) != (y < 0)) {
			r += y
		}
		return Int(r), nil
	}
	if by.Sign() == 0 {
		return Value{}, NewZeroDivisionError("integer modulo by zero")
	}
	_, r, err := intFloorDivMod(bx, by)
	if err != nil {
		return Value{}, fromPyErr(err)
	}
	return ownBig(r), nil
}

func int_divmod(a, b Value) (Value, *Exception) {
	if q, r, zero, ok := bigDivMod(a, b, true, true); ok { // bigint14_mixed.go
		if zero {
			return Value{}, NewZeroDivisionError("integer division or modulo by zero")
		}
		return TupleValue(q, r), nil
	}
	q, err := int_floordiv(a, b)
	if err != nil || q == NotImplemented {
		return q, err
	}
	r, err := int_mod(a, b)
	if err != nil {
		return Value{}, err
	}
	return TupleValue(q, r), nil
}

func int_truediv(a, b Value) (Value, *Exception) {
	x, y, bx, by, ok, small := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if small {
		if y == 0 {
			return Value{}, NewZeroDivisionError("division by zero")
		}
		if absInt64(x) < 1<<53 && absInt64(y) < 1<<53 && x != math.MinInt64 && y != math.MinInt64 {
			return Float(float64(x) / float64(y)), nil
		}
		bx, by = big.NewInt(x), big.NewInt(y)
	}
	f, err := intTrueDivide(bx, by)
	if err != nil {
		return Value{}, fromPyErr(err)
	}
	return Float(f), nil
}

func int_pow(a, b Value) (Value, *Exception) {
	x, y, bx, by, ok, small := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if small {
		if y >= 0 {
			r, ok := int64(1), true
			base, e := x, y
			for e > 0 && ok {
				if e&1 == 1 {
					r, ok = mul64(r, base)
				}
				e >>= 1
				if e > 0 && ok {
					base, ok = mul64(base, base)
				}
			}
			if ok {
				return Int(r), nil
			}
		}
		bx, by = big.NewInt(x), big.NewInt(y)
	}
	r, f, isFloat, err := intPow(bx, by)
	if err != nil {
		return Value{}, fromPyErr(err)
	}
	if isFloat {
		return Float(f), nil
	}
	return ownBig(r), nil
}

func int_pow3(a, b, m Value) (Value, *Exception) {
	bx, ok1 := bigOf(a)
	by, ok2 := bigOf(b)
	bm, ok3 := bigOf(m)
	if !ok1 || !ok2 || !ok3 {
		return NotImplemented, nil
	}
	r, err := intModPow(bx, by, bm)
	if err != nil {
		return Value{}, fromPyErr(err)
	}
	return ownBig(r), nil
}

func intBitwise(a, b Value, small func(x, y int64) int64, bigf func(z, x, y *big.Int) *big.Int) (Value, *Exception) {
	x, y, bx, by, ok, sm := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if sm {
		return Int(small(x, y)), nil
	}
	r := newBigInt()
	bigf(&r.v, bx, by)
	return r.value(), nil
}

func int_and(a, b Value) (Value, *Exception) {
	return intBitwise(a, b, func(x, y int64) int64 { return x & y }, (*big.Int).And)
}
func int_or(a, b Value) (Value, *Exception) {
	return intBitwise(a, b, func(x, y int64) int64 { return x | y }, (*big.Int).Or)
}
func int_xor(a, b Value) (Value, *Exception) {
	return intBitwise(a, b, func(x, y int64) int64 { return x ^ y }, (*big.Int).Xor)
}

func int_lshift(a, b Value) (Value, *Exception) {
	x, y, bx, by, ok, small := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if small {
		if y < 0 {
			return Value{}, NewValueError("negative shift count")
		}
		if y < 63 && x>>(63-y) == 0 && x >= 0 {
			return Int(x << y), nil
		}
		bx, by = big.NewInt(x), big.NewInt(y)
	}
	if by.Sign() < 0 {
		return Value{}, NewValueError("negative shift count")
	}
	if !by.IsInt64() || by.Int64() > 1<<40 {
		if bx.Sign() == 0 {
			return Int(0), nil
		}
		return Value{}, NewOverflowError("too many digits in integer")
	}
	r := newBigInt()
	r.v.Lsh(bx, uint(by.Int64()))
	return r.value(), nil
}

func int_rshift(a, b Value) (Value, *Exception) {
	if !a.IsSmallInt() {
		if r, ok := wideRshift(a, b); ok { // int_wide.go
			return r, nil
		}
	}
	x, y, bx, by, ok, small := intOperands(a, b)
	if !ok {
		return NotImplemented, nil
	}
	if small {
		if y < 0 {
			return Value{}, NewValueError("negative shift count")
		}
		if y > 63 {
			y = 63
		}
		return Int(x >> y), nil
	}
	if by.Sign() < 0 {
		return Value{}, NewValueError("negative shift count")
	}
	if !by.IsInt64() {
		if bx.Sign() < 0 {
			return Int(-1), nil
		}
		return Int(0), nil
	}
	r := newBigInt()
	r.v.Rsh(bx, uint(by.Int64()))
	return r.value(), nil
}

func int_richcompare(v, w Value, op CompareOp) (Value, *Exception) {
	// One operand beyond int64 and the other not: the big one's sign decides.
	if _, xb, ok1 := intValue(v); ok1 {
		if _, yb, ok2 := intValue(w); ok2 && (xb == nil) != (yb == nil) {
			return Bool(cmpResult(bigCompareSmall(xb, yb), op)), nil
		}
	}
	x, y, bx, by, ok, small := intOperands(v, w)
	if !ok {
		if w.IsFloat() || IsInstance(w, FloatType) {
			r, err := float_richcompare(w, v, compareSwapped[op])
			return r, err
		}
		return NotImplemented, nil
	}
	c := 0
	if small {
		if x < y {
			c = -1
		} else if x > y {
			c = 1
		}
	} else {
		c = bx.Cmp(by)
	}
	return Bool(cmpResult(c, op)), nil
}

// Result turns a three-way comparison c (negative, zero, positive) into
// the result of op, for native types' RichCompare slots.
func (op CompareOp) Result(c int) bool { return cmpResult(c, op) }

// cmpResult turns a three-way comparison into the result of op.
func cmpResult(c int, op CompareOp) bool {
	switch op {
	case Lt:
		return c < 0
	case Le:
		return c <= 0
	case Eq:
		return c == 0
	case Ne:
		return c != 0
	case Gt:
		return c > 0
	}
	return c >= 0
}

func int_hash(v Value) (int64, *Exception) {
	s, b, _ := intValue(v)
	if b != nil {
		return hashInt(b), nil
	}
	return hashInt64(s), nil
}

func int_repr(v Value) (Value, *Exception) {
	s, b, _ := intValue(v)
	if b == nil {
		return strSmallInt(s), nil
	}
	str, err := intToDecimal(b, intMaxStrDigits)
	if err != nil {
		return Value{}, fromPyErr(err)
	}
	return StrValue(str), nil
}

// intMaxStrDigits is sys.get_int_max_str_digits().
var intMaxStrDigits = defaultIntMaxStrDigits

func itoa64(i int64) string {
	var buf [24]byte
	n := len(buf)
	neg := i < 0
	u := uint64(i)
	if neg {
		u = -u
	}
	for {
		n--
		buf[n] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if neg {
		n--
		buf[n] = '-'
	}
	return string(buf[n:])
}

func int_neg(v Value) (Value, *Exception) {
	s, b, _ := intValue(v)
	if b == nil && s != math.MinInt64 {
		return Int(-s), nil
	}
	x, _ := bigOf(v)
	return ownBig(x.Neg(x)), nil
}

func int_pos(v Value) (Value, *Exception) {
	if v.IsSmallInt() || v.Type() == IntType {
		return v, nil // an exact int is immutable: +x is x, as in CPython
	}
	x, _ := bigOf(v)
	return ownBig(x), nil
}

func int_abs(v Value) (Value, *Exception) {
	s, b, _ := intValue(v)
	if (b == nil && s >= 0) || (b != nil && b.Sign() >= 0) {
		return int_pos(v)
	}
	return int_neg(v)
}

func int_invert(v Value) (Value, *Exception) {
	s, b, _ := intValue(v)
	if b == nil {
		return Int(^s), nil
	}
	r := newBigInt()
	r.v.Not(b)
	return r.value(), nil
}

func int_bool(v Value) (bool, *Exception) {
	s, b, _ := intValue(v)
	return b != nil || s != 0, nil
}

func int_float(v Value) (Value, *Exception) {
	s, b, _ := intValue(v)
	if b == nil {
		return Float(float64(s)), nil
	}
	f, err := intToFloat(b)
	if err != nil {
		return Value{}, fromPyErr(err)
	}
	return Float(f), nil
}

// int_int returns the exact int of v (int(True) is 1).
func int_int(v Value) (Value, *Exception) { return int_pos(v) }

// indexToInt converts v through __index__ to an int64, raising
// OverflowError when it does not fit and TypeError (msg, formatted with the
// type name) when v has no __index__.
func indexToInt(v Value, msg string) (int64, *Exception) {
	if v.IsSmallInt() {
		return v.SmallInt(), nil
	}
	r, err := Index(v, msg)
	if err != nil {
		return 0, err
	}
	s, b, _ := intValue(r)
	if b != nil {
		return 0, NewOverflowError("Python int too large to convert to C ssize_t")
	}
	return s, nil
}

// indexClamped is CPython's PyNumber_AsSsize_t(v, NULL): v through
// __index__, with ints beyond int64 clamped to its range instead of raising.
func indexClamped(v Value) (int64, *Exception) {
	r, err := Index(v, "")
	if err != nil {
		return 0, err
	}
	s, b, _ := intValue(r)
	if b != nil {
		if b.Sign() < 0 {
			return math.MinInt64, nil
		}
		return math.MaxInt64, nil
	}
	return s, nil
}

// warnIntSubclass issues CPython's DeprecationWarning for a conversion
// method (__int__, __index__) that returned a strict subclass of int.
func warnIntSubclass(method string, r Value) *Exception {
	return Warn(exceptionTypeByName["DeprecationWarning"], method+" returned non-int (type "+r.Type().Name+
		").  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", 1)
}

// intFromTrunc is int(x) through x.__trunc__, deprecated in 3.11.
func intFromTrunc(x Value) (Value, *Exception) {
	if err := Warn(exceptionTypeByName["DeprecationWarning"], "The delegation of int() to __trunc__ is deprecated.", 1); err != nil {
		return Value{}, err
	}
	r, err := callSpecial(x, Intern("__trunc__"))
	if err != nil {
		return Value{}, err
	}
	if IsInstance(r, IntType) {
		return int_int(r)
	}
	if r.Type().Index == nil {
		return Value{}, NewTypeError("__trunc__ returned non-Integral (type %s)", r.Type().Name)
	}
	return Index(r, "")
}

// Index returns operator.index(v): an exact int.
func Index(v Value, msg string) (Value, *Exception) {
	if v.IsSmallInt() {
		return v, nil
	}
	if IsInstance(v, IntType) {
		return int_pos(v)
	}
	t := v.Type()
	if t.Index == nil {
		if msg == "" {
			msg = "'%s' object cannot be interpreted as an integer"
		}
		return Value{}, NewTypeError(msg, t.Name)
	}
	r, err := t.Index(v)
	if err != nil {
		return Value{}, err
	}
	if r.Type() != IntType {
		if IsInstance(r, IntType) {
			if err := warnIntSubclass("__index__", r); err != nil {
				return Value{}, err
			}
			return int_pos(r)
		}
		return Value{}, NewTypeError("__index__ returned non-int (type %s)", r.Type().Name)
	}
	return r, nil
}

func init() {
	t := IntType
	t.Number[NbAdd] = int_add
	t.Number[NbSubtract] = int_sub
	t.Number[NbMultiply] = int_mul
	t.Number[NbFloorDivide] = int_floordiv
	t.Number[NbRemainder] = int_mod
	t.Number[NbTrueDivide] = int_truediv
	t.Number[NbPower] = int_pow
	t.Number[NbAnd] = int_and
	t.Number[NbOr] = int_or
	t.Number[NbXor] = int_xor
	t.Number[NbLshift] = int_lshift
	t.Number[NbRshift] = int_rshift
	t.Pow3 = int_pow3
	BoolType.Pow3 = int_pow3 // Pow3 is in no slot group, so bool does not inherit it
	t.RichCompare = int_richcompare
	t.Hash = int_hash
	t.Repr = int_repr
	t.Neg, t.Pos, t.Abs, t.Invert = int_neg, int_pos, int_abs, int_invert
	t.Bool = int_bool
	t.Float, t.Int, t.Index = int_float, int_int, int_int
	t.New = int_new
	t.InstAttrs = func(v Value) *Attrs {
		// Exact ints have no attributes; a subclass instance's are allocated
		// on first use (an embedded Attrs made every big int 48 bytes larger).
		if v.IsSmallInt() || v.Type() == BoolType || v.Type() == IntType {
			return nil
		}
		b := ptrOf[BigInt](v)
		if b.attrs == nil {
			b.attrs = new(Attrs)
		}
		return b.attrs
	}
	t.methods = intMethods
	t.getsets = []GetSetDef{
		{Name: "real", Get: int_int},
		{Name: "imag", Get: func(Value) (Value, *Exception) { return Int(0), nil }},
		{Name: "numerator", Get: int_int},
		{Name: "denominator", Get: func(Value) (Value, *Exception) { return Int(1), nil }},
	}
}

var intMethods = []Method{
	{Name: "__divmod__", Sig: "value, /", Fn: func(self Value, a []Value) (Value, *Exception) { return int_divmod(self, a[0]) }},
	{Name: "__rdivmod__", Sig: "value, /", Fn: func(self Value, a []Value) (Value, *Exception) { return int_divmod(a[0], self) }},
	{Name: "bit_length", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		x, _ := bigOf(self)
		return Int(int64(x.Abs(x).BitLen())), nil
	}},
	{Name: "bit_count", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		x, _ := bigOf(self)
		n := 0
		for _, w := range x.Abs(x).Bits() {
			n += bits.OnesCount(uint(w))
		}
		return Int(int64(n)), nil
	}},
	{Name: "conjugate", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return int_int(self) }},
	{Name: "__index__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return int_int(self) }},
	{Name: "__trunc__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return int_int(self) }},
	{Name: "__floor__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return int_int(self) }},
	{Name: "__ceil__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) { return int_int(self) }},
	{Name: "__round__", Sig: "ndigits=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		if a[0].IsNull() || a[0].IsNone() {
			return int_int(self)
		}
		nd, ok := bigOf(a[0])
		if !ok {
			return Value{}, NewTypeError("'%s' object cannot be interpreted as an integer", a[0].Type().Name)
		}
		x, _ := bigOf(self)
		return NewIntBig(intRound(x, nd)), nil
	}},
	{Name: "__getnewargs__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		v, _ := int_int(self)
		return TupleValue(v), nil
	}},
	{Name: "__format__", Sig: "format_spec, /", Fn: int_format},
	{Name: "__sizeof__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		s, b, _ := intValue(self)
		if b != nil {
			return Int(intSizeOf(b.BitLen())), nil
		}
		return Int(intSizeOf(bits.Len64(absU64(s)))), nil
	}},
}

func int_format(self Value, a []Value) (Value, *Exception) {
	spec, ok := a[0].TryStr()
	if !ok {
		return Value{}, NewTypeError("format() argument 2 must be str, not %s", a[0].Type().Name)
	}
	if spec.S == "" {
		return StrOfValue(self)
	}
	s, b, _ := intValue(self)
	if b == nil {
		r, err := formatInt64Value(s, spec.S, self.Type().Name, intMaxStrDigits) // format_result.go
		if err != nil {
			return Value{}, fromPyErr(err)
		}
		return r, nil
	}
	str, err := formatInt(b, spec.S, self.Type().Name, intMaxStrDigits)
	if err != nil {
		if spec.S == "" {
			return int_repr(self)
		}
		return Value{}, fromPyErr(err)
	}
	return StrValue(str), nil
}

var intNewMethod = Method{Name: "int", Sig: "x=, /, base=", Fn: nil}

// int_new is int(x=0, base=10).
func int_new(t *Type, args []Value, kwnames []*Str) (Value, *Exception) {
	if len(args) > 2 { // PyArg_ParseTupleAndKeywords counts before naming
		return Value{}, NewTypeError("int() takes at most 2 arguments (%d given)", len(args))
	}
	var buf [4]Value
	a, err := intNewMethod.bindArgs(args, kwnames, "int", buf[:0])
	if err != nil {
		return Value{}, err
	}
	if t == IntType && a[1].IsNull() && !a[0].IsNull() && a[0].Type() == IntType {
		return a[0], nil // PyNumber_Long returns an exact int itself
	}
	r, err := intFromArgs(a[0], a[1])
	if err != nil || t == IntType {
		return r, err
	}
	x, _ := bigOf(r)
	o := &BigInt{Header: Header{t}}
	o.v.Set(x)
	return ValueOf(o), nil
}

func intFromArgs(x, base Value) (Value, *Exception) {
	if x.IsNull() {
		if !base.IsNull() {
			return Value{}, NewTypeError("int() missing string argument")
		}
		return Int(0), nil
	}
	if base.IsNull() {
		return intFromObject(x)
	}
	b, err := indexClamped(base)
	if err != nil {
		return Value{}, err
	}
	if b != 0 && (b < 2 || b > 36) {
		return Value{}, NewValueError("int() base must be >= 2 and <= 36, or 0")
	}
	if s, ok := x.TryStr(); ok {
		return parseIntValue(s.S, int(b))
	}
	// Only str, bytes and bytearray take a base: other buffers (memoryview,
	// array) are refused, as in CPython.
	var bs []byte
	if b, ok := x.TryBytes(); ok {
		bs = b
	} else if ba, ok := x.TryByteArray(); ok {
		bs = ba.b
	} else {
		return Value{}, NewTypeError("int() can't convert non-string with explicit base")
	}
	sm, bg, perr := parseIntBytes(bs, int(b), intMaxStrDigits, bytesReprOf(bs))
	return intResult(sm, bg, perr)
}

func parseIntValue(s string, base int) (Value, *Exception) {
	sm, bg, perr := parseIntLiteral(s, base, intMaxStrDigits)
	return intResult(sm, bg, perr)
}

func intResult(sm int64, bg *big.Int, perr *pyErr) (Value, *Exception) {
	if perr != nil {
		return Value{}, fromPyErr(perr)
	}
	if bg != nil {
		return NewIntBig(bg), nil
	}
	return Int(sm), nil
}

// intFromObject is int(x) for one argument (CPython's PyNumber_Long).
func intFromObject(x Value) (Value, *Exception) {
	if x.IsSmallInt() {
		return x, nil
	}
	t := x.Type()
	if t.Int != nil {
		r, err := t.Int(x)
		if err != nil {
			return Value{}, err
		}
		if !IsInstance(r, IntType) {
			return Value{}, NewTypeError("__int__ returned non-int (type %s)", r.Type().Name)
		}
		if r.Type() != IntType {
			if err := warnIntSubclass("__int__", r); err != nil {
				return Value{}, err
			}
		}
		return int_int(r)
	}
	if t.Index != nil {
		return Index(x, "")
	}
	if tr := t.Lookup(Intern("__trunc__")); !tr.IsNull() {
		return intFromTrunc(x)
	}
	if s, ok := x.TryStr(); ok {
		return parseIntValue(s.S, 10)
	}
	if bs, ok := bytesLike(x); ok {
		sm, bg, perr := parseIntBytes(bs, 10, intMaxStrDigits, bytesReprOf(bs))
		return intResult(sm, bg, perr)
	}
	return Value{}, NewTypeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", t.Name)
}

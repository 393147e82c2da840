// This file defines printf-style formatting of str ('%' with a str on the left), as
// CPython's PyUnicode_Format does it, over callbacks into the object model.
package runtime

import (
	"math"
	"math/big"
	"strings"
)

// percentHooks is what '%' formatting needs from the object model for values of type V.
// Each conversion reports ok=false when the value's type does not support it, and
// percentFormat then raises CPython's TypeError for that conversion.
type percentHooks[V any] struct {
	Str, Repr, ASCII func(V) (string, *pyErr)
	// TypeName returns type(v).__name__ for error messages.
	TypeName func(V) string
	// ExactInt returns the value of an int (or int subclass) object, as PyLong_Check;
	// '*' widths and precisions accept nothing else.
	ExactInt func(V) (*big.Int, bool)
	// StrValue returns the contents of a str object, for %c.
	StrValue func(V) (string, bool)
	// Number converts for %d, %i and %u as int(v) does for numbers (a float truncates);
	// ok is false for a non-number or when int(v) raises TypeError.
	Number func(V) (*big.Int, bool, *pyErr)
	// Index converts with __index__ for %o, %x, %X and %c; ok is false without __index__.
	Index func(V) (*big.Int, bool, *pyErr)
	// Float converts as PyFloat_AsDouble for %e, %f, %g; ok is false for a non-number.
	Float func(V) (float64, bool, *pyErr)
	// MaxStrDigits is sys.get_int_max_str_digits(), for %d.
	MaxStrDigits int
}

// percentArgs holds the right operand of '%': the items of a tuple, or one value; and,
// when the operand is a mapping (anything with __getitem__ but a tuple or str), a lookup.
type percentArgs[V any] struct {
	Items   []V
	IsTuple bool
	Lookup  func(key string) (V, *pyErr) // nil when the operand is not a mapping
}

// Flags of a '%' conversion.
const (
	pctLeft  = 1 << iota // '-'
	pctSign              // '+'
	pctBlank             // ' '
	pctAlt               // '#'
	pctZero              // '0'
)

// percentConv is one parsed conversion: %[(key)][flags][width][.precision][hlL]type.
type percentConv struct {
	ch    rune
	flags int
	width int // -1 when absent
	prec  int // -1 when absent
	sign  bool
}

// percentState walks the format string; pos counts code points and exhausted records a
// read past the end, as CPython's fmtcnt going negative.
type percentState[V any] struct {
	fmt       []rune
	pos       int
	exhausted bool
	ch        rune
	h         *percentHooks[V]
	args      []V
	argIdx    int
	argLen    int
	lookup    func(string) (V, *pyErr)
	out       []byte
}

// percentFormat returns format % args.
func percentFormat[V any](format string, args percentArgs[V], h *percentHooks[V]) (string, *pyErr) {
	st := &percentState[V]{fmt: codePoints(format), h: h, args: args.Items, lookup: args.Lookup}
	if args.IsTuple {
		st.argLen = len(args.Items)
	} else {
		st.argIdx, st.argLen = -2, -1
	}
	for st.pos < len(st.fmt) {
		c := st.fmt[st.pos]
		st.pos++
		if c != '%' {
			st.out = appendCodePoint(st.out, c)
			continue
		}
		if err := st.conversion(); err != nil {
			return "", err
		}
	}
	if st.argIdx < st.argLen && st.lookup == nil {
		return "", typeError("not all arguments converted during string formatting")
	}
	return string(st.out), nil
}

// next consumes the next character into st.ch; at the end it leaves st.ch unchanged.
func (st *percentState[V]) next() bool {
	if st.pos < len(st.fmt) {
		st.ch = st.fmt[st.pos]
		st.pos++
		return true
	}
	st.exhausted = true
	return false
}

func (st *percentState[V]) nextArg() (V, *pyErr) {
	var zero V
	if st.argIdx >= st.argLen {
		return zero, typeError("not enough arguments for format string")
	}
	st.argIdx++
	if st.argLen < 0 {
		return st.args[0], nil
	}
	return st.args[st.argIdx-1], nil
}

// conversion handles one conversion after its '%'.
func (st *percentState[V]) conversion() *pyErr {
	st.ch = 0
	if st.pos < len(st.fmt) {
		st.ch = st.fmt[st.pos]
	}
	if st.ch == '%' {
		st.pos++
		st.out = append(st.out, '%')
		return nil
	}
	conv, err := st.parse()
	if err != nil {
		return err
	}
	v, err := st.nextArg()
	if err != nil {
		return err
	}
	s, err := st.convert(v, &conv)
	if err != nil {
		return err
	}
	if conv.width > maxFormatWidth {
		return &pyErr{"MemoryError", ""}
	}
	st.out = append(st.out, percentPad(s, &conv)...)
	if st.lookup != nil && st.argIdx < st.argLen {
		return typeError("not all arguments converted during string formatting")
	}
	return nil
}

// parse reads the key, flags, width, precision and length modifier of a conversion.
func (st *percentState[V]) parse() (percentConv, *pyErr) {
	c := percentConv{width: -1, prec: -1}
	if st.ch == '(' {
		if err := st.mappingKey(); err != nil {
			return c, err
		}
	}
flags:
	for st.next() {
		switch st.ch {
		case '-':
			c.flags |= pctLeft
		case '+':
			c.flags |= pctSign
		case ' ':
			c.flags |= pctBlank
		case '#':
			c.flags |= pctAlt
		case '0':
			c.flags |= pctZero
		default:
			break flags
		}
	}
	if err := st.parseWidth(&c); err != nil {
		return c, err
	}
	if st.ch == '.' {
		if err := st.parsePrecision(&c); err != nil {
			return c, err
		}
	}
	if !st.exhausted && (st.ch == 'h' || st.ch == 'l' || st.ch == 'L') {
		st.next()
	}
	if st.exhausted {
		return c, valueError("incomplete format")
	}
	c.ch = st.ch
	return c, nil
}

// mappingKey reads "(key)", with balanced parentheses inside, and makes the mapping's
// value the current argument.
func (st *percentState[V]) mappingKey() *pyErr {
	if st.lookup == nil {
		return typeError("format requires a mapping")
	}
	st.pos++
	start, depth := st.pos, 1
	for depth > 0 && st.next() {
		if st.ch == ')' {
			depth--
		} else if st.ch == '(' {
			depth++
		}
	}
	if depth > 0 {
		return valueError("incomplete format key")
	}
	var key []byte
	for _, r := range st.fmt[start : st.pos-1] {
		key = appendCodePoint(key, r)
	}
	v, err := st.lookup(string(key))
	if err != nil {
		return err
	}
	st.args, st.argIdx, st.argLen = []V{v}, -2, -1
	return nil
}

func (st *percentState[V]) parseWidth(c *percentConv) *pyErr {
	if st.ch == '*' {
		n, err := st.starArg(math.MaxInt64, "ssize_t")
		if err != nil {
			return err
		}
		if n < 0 {
			c.flags |= pctLeft
			n = -n
		}
		c.width = int(n)
		st.next()
		return nil
	}
	if st.ch < '0' || st.ch > '9' {
		return nil
	}
	c.width = int(st.ch - '0')
	for st.next() && st.ch >= '0' && st.ch <= '9' {
		d := int(st.ch - '0')
		if c.width > (math.MaxInt64-d)/10 {
			return valueError("width too big")
		}
		c.width = c.width*10 + d
	}
	return nil
}

func (st *percentState[V]) parsePrecision(c *percentConv) *pyErr {
	c.prec = 0
	st.next()
	if st.ch == '*' {
		n, err := st.starArg(math.MaxInt32, "int")
		if err != nil {
			return err
		}
		c.prec = int(max(n, 0))
		st.next()
		return nil
	}
	if st.ch < '0' || st.ch > '9' {
		return nil
	}
	c.prec = int(st.ch - '0')
	for st.next() && st.ch >= '0' && st.ch <= '9' {
		d := int(st.ch - '0')
		if c.prec > (math.MaxInt32-d)/10 {
			return valueError("precision too big")
		}
		c.prec = c.prec*10 + d
	}
	return nil
}

// starArg takes a '*' width or precision from the arguments; it must be an int that
// fits a C integer of at most limit.
func (st *percentState[V]) starArg(limit int64, ctype string) (int64, *pyErr) {
	v, err := st.nextArg()
	if err != nil {
		return 0, err
	}
	x, ok := st.h.ExactInt(v)
	if !ok {
		return 0, typeError("* wants int")
	}
	if !x.IsInt64() || x.Int64() > limit || x.Int64() < -limit-1 {
		return 0, overflowError("Python int too large to convert to C %s", ctype)
	}
	return x.Int64(), nil
}

// convert produces the text of one conversion before padding.
func (st *percentState[V]) convert(v V, c *percentConv) (string, *pyErr) {
	h := st.h
	switch c.ch {
	case 's':
		return h.Str(v)
	case 'r':
		return h.Repr(v)
	case 'a':
		return h.ASCII(v)
	case 'd', 'i', 'u', 'o', 'x', 'X':
		c.sign = true
		return st.convertInt(v, c)
	case 'e', 'E', 'f', 'F', 'g', 'G':
		c.sign = true
		f, ok, err := h.Float(v)
		if err != nil {
			return "", err
		}
		if !ok {
			return "", typeError("must be real number, not %s", h.TypeName(v))
		}
		prec, flags := c.prec, dtsFlags(0)
		if prec < 0 {
			prec = 6
		}
		if c.flags&pctAlt != 0 {
			flags |= dtsAlt
		}
		return floatToString(f, byte(c.ch), prec, flags), nil
	case 'c':
		return st.convertChar(v)
	}
	shown := '?'
	if c.ch >= 31 && c.ch <= 126 {
		shown = c.ch
	}
	return "", valueError("unsupported format character '%c' (0x%x) at index %d", shown, c.ch, st.pos-1)
}

func (st *percentState[V]) convertInt(v V, c *percentConv) (string, *pyErr) {
	h := st.h
	var x *big.Int
	var ok bool
	var err *pyErr
	if x, ok = h.ExactInt(v); !ok {
		if c.ch == 'o' || c.ch == 'x' || c.ch == 'X' {
			x, ok, err = h.Index(v)
		} else {
			x, ok, err = h.Number(v)
		}
	}
	if err != nil {
		return "", err
	}
	if !ok {
		what := "a real number"
		if c.ch == 'o' || c.ch == 'x' || c.ch == 'X' {
			what = "an integer"
		}
		return "", typeError("%%%c format: %s is required, not %s", c.ch, what, h.TypeName(v))
	}
	return formatLongPercent(x, c, h.MaxStrDigits)
}

// formatLongPercent is _PyUnicode_FormatLong: digits in the conversion's base, zero
// extended to the precision, with the 0o/0x prefix under '#'.
func formatLongPercent(x *big.Int, c *percentConv, maxDigits int) (string, *pyErr) {
	if c.prec > math.MaxInt32-3 {
		return "", overflowError("precision too large")
	}
	var digits, prefix string
	switch c.ch {
	case 'o':
		digits, prefix = new(big.Int).Abs(x).Text(8), "0o"
	case 'x', 'X':
		digits, prefix = new(big.Int).Abs(x).Text(16), "0x"
	default:
		var err *pyErr
		if digits, err = intToDecimal(new(big.Int).Abs(x), maxDigits); err != nil {
			return "", err
		}
	}
	if c.flags&pctAlt == 0 {
		prefix = ""
	}
	if c.prec > len(digits) {
		digits = strings.Repeat("0", c.prec-len(digits)) + digits
	}
	s := prefix + digits
	if x.Sign() < 0 {
		s = "-" + s
	}
	if c.ch == 'X' {
		s = strings.ToUpper(s)
	}
	return s, nil
}

// convertChar is formatchar: a str of length one, or an int code point.
func (st *percentState[V]) convertChar(v V) (string, *pyErr) {
	h := st.h
	if s, ok := h.StrValue(v); ok {
		if codePointCount(s) != 1 {
			return "", typeError("%%c requires int or char")
		}
		return s, nil
	}
	x, ok, err := h.Index(v)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", typeError("%%c requires int or char")
	}
	if x.Sign() < 0 || x.Cmp(big.NewInt(0x10ffff)) > 0 {
		return "", overflowError("%%c arg not in range(0x110000)")
	}
	return string(appendCodePoint(nil, rune(x.Int64()))), nil
}

// percentPad pads and signs a converted value as unicode_format_arg_output does.
func percentPad(s string, c *percentConv) string {
	fill := " "
	if c.sign && c.flags&pctZero != 0 {
		fill = "0"
	}
	n := codePointCount(s)
	if (c.width < 0 || c.width <= n) && (c.prec < 0 || c.prec >= n) && c.flags&(pctSign|pctBlank) == 0 {
		return s
	}
	if (c.ch == 's' || c.ch == 'r' || c.ch == 'a') && c.prec >= 0 && n > c.prec {
		s, n = codePointPrefix(s, c.prec), c.prec
	}
	sign := ""
	if c.sign {
		switch {
		case s != "" && (s[0] == '-' || s[0] == '+'):
			sign, s = s[:1], s[1:]
			n--
		case c.flags&pctSign != 0:
			sign = "+"
		case c.flags&pctBlank != 0:
			sign = " "
		default:
			c.sign = false
		}
	}
	width := max(c.width, n)
	var b strings.Builder
	if c.sign {
		if fill != " " {
			b.WriteString(sign)
		}
		if width > n {
			width--
		}
	}
	prefix := ""
	if c.flags&pctAlt != 0 && (c.ch == 'x' || c.ch == 'X' || c.ch == 'o') {
		prefix, s = s[:2], s[2:]
		if fill != " " {
			b.WriteString(prefix)
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && c.flags&pctLeft == 0 {
		b.WriteString(strings.Repeat(fill, width-n))
		width = n
	}
	if fill == " " {
		b.WriteString(sign)
		b.WriteString(prefix)
	}
	b.WriteString(s)
	if width > n {
		b.WriteString(strings.Repeat(" ", width-n))
	}
	return b.String()
}

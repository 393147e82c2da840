// This file defines printf-style formatting, str % args and bytes % args, as CPython's
// PyUnicode_Format and _PyBytes_FormatEx do it, over callbacks into the object model.
package runtime

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unsafe"
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
	// SmallInt returns the value of an exact int that fits an int64 (optional:
	// %d, %x and %o then format without math/big).
	SmallInt func(V) (int64, bool)
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
	// AppendPlain (optional) appends the text of a conversion without width,
	// flags or padding for the values it knows (an exact int's %d, an exact
	// str's %s, an exact float's %f), straight into the output; ok is false
	// for any other value, which then takes the general path.
	AppendPlain func(b []byte, v V, c *percentConv) ([]byte, bool)

	// For bytes formatting only:
	// ByteString returns the contents of a bytes or bytearray object, for %c.
	ByteString func(V) ([]byte, bool)
	// ToBytes converts for %b and %s: bytes, bytearray, __bytes__ or a buffer; ok is
	// false for anything else.
	ToBytes func(V) ([]byte, bool, *pyErr)
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
	ch     rune
	flags  int
	width  int // -1 when absent
	prec   int // -1 when absent
	sign   bool
	masked bool // see percentState.masked
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
	bytes     bool // formatting bytes: each format character is one byte
	// masked records that st.ch was last read by a digit loop, which in CPython's bytes
	// formatter reads an unsigned char; other reads give a signed char, and a byte
	// above 0x7f then makes the unsupported-character message itself fail.
	masked bool
	conv   percentConv // the conversion being made
	// scratch holds the text of a padded conversion that AppendPlain made,
	// before percentPad copies it into out.
	scratch []byte
}

// percentFormat returns format % args for a str format.
func percentFormat[V any](format string, args percentArgs[V], h *percentHooks[V]) (string, *pyErr) {
	st := &percentState[V]{fmt: codePoints(format), h: h}
	out, err := st.run(args)
	return string(out), err
}

// percentFormatBytes returns format % args for a bytes or bytearray format.
func percentFormatBytes[V any](format []byte, args percentArgs[V], h *percentHooks[V]) ([]byte, *pyErr) {
	r := make([]rune, len(format))
	for i, c := range format {
		r[i] = rune(c)
	}
	st := &percentState[V]{fmt: r, h: h, bytes: true}
	return st.run(args)
}

func (st *percentState[V]) run(args percentArgs[V]) ([]byte, *pyErr) {
	st.args, st.lookup = args.Items, args.Lookup
	if args.IsTuple {
		st.argLen = len(args.Items)
	} else {
		st.argIdx, st.argLen = -2, -1
	}
	for st.pos < len(st.fmt) {
		c := st.fmt[st.pos]
		st.pos++
		if c != '%' {
			if c < 0x80 {
				st.out = append(st.out, byte(c))
			} else {
				st.out = st.appendChar(st.out, c)
			}
			continue
		}
		if err := st.conversion(); err != nil {
			return nil, err
		}
	}
	if st.argIdx < st.argLen && st.lookup == nil {
		return nil, st.notAllConverted()
	}
	return st.out, nil
}

// appendChar appends a format character: a code point in WTF-8, or a byte.
func (st *percentState[V]) appendChar(b []byte, c rune) []byte {
	if st.bytes {
		return append(b, byte(c))
	}
	return appendCodePoint(b, c)
}

func (st *percentState[V]) notAllConverted() *pyErr {
	if st.bytes {
		return typeError("not all arguments converted during bytes formatting")
	}
	return typeError("not all arguments converted during string formatting")
}

// next consumes the next character into st.ch; at the end it leaves st.ch unchanged.
func (st *percentState[V]) next() bool {
	st.masked = false
	if st.pos < len(st.fmt) {
		st.ch = st.fmt[st.pos]
		st.pos++
		return true
	}
	st.exhausted = true
	return false
}

// nextMasked is next for the digit loops of widths and precisions.
func (st *percentState[V]) nextMasked() bool {
	ok := st.next()
	st.masked = ok
	return ok
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
	parsed, err := st.parse()
	if err != nil {
		return err
	}
	// The conversion lives in st (already on the heap): a local whose
	// address goes to the hooks would be allocated per conversion.
	st.conv = parsed
	conv := &st.conv
	v, err := st.nextArg()
	if err != nil {
		return err
	}
	if st.h.AppendPlain != nil && conv.width < 0 && conv.flags == 0 && !st.bytes {
		if out, ok := st.h.AppendPlain(st.out, v, conv); ok {
			st.out = out
			if st.lookup != nil && st.argIdx < st.argLen {
				return st.notAllConverted()
			}
			return nil
		}
	}
	if st.h.AppendPlain != nil && !st.bytes && conv.width <= maxFormatWidth {
		if sc, ok := st.h.AppendPlain(st.scratch[:0], v, conv); ok {
			// A padded or signed conversion: the text is made in the scratch
			// buffer and read through a string that does not outlive this call.
			st.scratch = sc
			conv.sign = conv.ch != 's' && conv.ch != 'r' && conv.ch != 'a' // numbers take a sign
			st.out = percentPad(st.out, unsafe.String(unsafe.SliceData(sc), len(sc)), conv, false)
			if st.lookup != nil && st.argIdx < st.argLen {
				return st.notAllConverted()
			}
			return nil
		}
	}
	s, err := st.convert(v, conv)
	if err != nil {
		return err
	}
	if conv.width > maxFormatWidth {
		return &pyErr{"MemoryError", ""}
	}
	st.out = percentPad(st.out, s, conv, st.bytes)
	if st.lookup != nil && st.argIdx < st.argLen {
		return st.notAllConverted()
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
	c.ch, c.masked = st.ch, st.masked
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
		key = st.appendChar(key, r)
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
	for st.nextMasked() && st.ch >= '0' && st.ch <= '9' {
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
	for st.nextMasked() && st.ch >= '0' && st.ch <= '9' {
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
	if st.bytes {
		if c.ch == 'i' {
			c.ch = 'd' // _PyBytes_FormatEx reports %i as %d
		}
		switch c.ch {
		case 's', 'b':
			b, ok, err := h.ToBytes(v)
			if err == nil && !ok {
				err = typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", cTypeName(h.TypeName(v), 100))
			}
			return string(b), err
		case 'r', 'a':
			return h.ASCII(v)
		case 'c':
			return st.convertByte(v)
		}
	}
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
		if !ok && st.bytes {
			return "", typeError("float argument required, not %s", cTypeName(h.TypeName(v), 200))
		}
		if !ok {
			return "", typeError("must be real number, not %s", cTypeName(h.TypeName(v), 50))
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
	if st.bytes && c.ch >= 0x80 && !c.masked {
		// CPython passes the byte as a signed C char to "%c", which rejects it.
		return "", overflowError("character argument not in range(0x110000)")
	}
	if c.ch >= 31 && c.ch <= 126 || st.bytes {
		shown = c.ch // bytes show the byte itself
	}
	return "", valueError("unsupported format character '%c' (0x%x) at index %d", shown, c.ch, st.pos-1)
}

func (st *percentState[V]) convertInt(v V, c *percentConv) (string, *pyErr) {
	h := st.h
	if h.SmallInt != nil {
		if i, ok := h.SmallInt(v); ok {
			return formatSmallPercent(i, c)
		}
	}
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
		return "", typeError("%%%c format: %s is required, not %s", c.ch, what, cTypeName(h.TypeName(v), 200))
	}
	return formatLongPercent(x, c, h.MaxStrDigits)
}

// formatLongPercent is _PyUnicode_FormatLong: digits in the conversion's base, zero
// extended to the precision, with the 0o/0x prefix under '#'.
// formatSmallPercent is formatLongPercent for an int64, without math/big.
func formatSmallPercent(i int64, c *percentConv) (string, *pyErr) {
	if c.prec > math.MaxInt32-3 {
		return "", overflowError("precision too large")
	}
	u := uint64(i)
	if i < 0 {
		u = -u
	}
	var digits, prefix string
	switch c.ch {
	case 'o':
		digits, prefix = strconv.FormatUint(u, 8), "0o"
	case 'x', 'X':
		digits, prefix = strconv.FormatUint(u, 16), "0x"
	default:
		digits = strconv.FormatUint(u, 10)
	}
	return percentIntText(digits, prefix, i < 0, c), nil
}

// percentIntText adds the precision's zeros, the '#' prefix and the sign
// to the digits of an integer conversion.
func percentIntText(digits, prefix string, neg bool, c *percentConv) string {
	if c.flags&pctAlt == 0 {
		prefix = ""
	}
	if c.prec > len(digits) {
		digits = strings.Repeat("0", c.prec-len(digits)) + digits
	}
	s := prefix + digits
	if neg {
		s = "-" + s
	}
	if c.ch == 'X' {
		s = strings.ToUpper(s)
	}
	return s
}

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
	return percentIntText(digits, prefix, x.Sign() < 0, c), nil
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

// convertByte is byte_converter, for %c in bytes: a bytes of length one, or an int.
func (st *percentState[V]) convertByte(v V) (string, *pyErr) {
	h := st.h
	if b, ok := h.ByteString(v); ok && len(b) == 1 {
		return string(b), nil
	}
	x, ok, err := h.Index(v)
	if err != nil {
		return "", err
	}
	if !ok {
		return "", typeError("%%c requires an integer in range(256) or a single byte")
	}
	if x.Sign() < 0 || x.Cmp(big.NewInt(255)) > 0 {
		return "", overflowError("%%c arg not in range(256)")
	}
	return string([]byte{byte(x.Int64())}), nil
}

// percentPad appends to out a converted value padded and signed as
// unicode_format_arg_output does (the bytes version differs only in counting
// bytes), writing straight into the output rather than building a string.
func percentPad(out []byte, s string, c *percentConv, bytes bool) []byte {
	fill := byte(' ')
	if c.sign && c.flags&pctZero != 0 {
		fill = '0'
	}
	n := len(s)
	if !bytes {
		n = codePointCount(s)
	}
	if !bytes && (c.width < 0 || c.width <= n) && (c.prec < 0 || c.prec >= n) && c.flags&(pctSign|pctBlank) == 0 {
		return append(out, s...)
	}
	if (c.ch == 's' || c.ch == 'r' || c.ch == 'a' || c.ch == 'b') && c.prec >= 0 && n > c.prec {
		if bytes {
			s = s[:c.prec]
		} else {
			s = codePointPrefix(s, c.prec)
		}
		n = c.prec
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
	if c.sign {
		if fill != ' ' {
			out = append(out, sign...)
		}
		if width > n {
			width--
		}
	}
	prefix := ""
	if c.flags&pctAlt != 0 && (c.ch == 'x' || c.ch == 'X' || c.ch == 'o') {
		prefix, s = s[:2], s[2:]
		if fill != ' ' {
			out = append(out, prefix...)
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && c.flags&pctLeft == 0 {
		out = appendRepeat(out, fill, width-n)
		width = n
	}
	if fill == ' ' {
		out = append(out, sign...)
		out = append(out, prefix...)
	}
	out = append(out, s...)
	if width > n {
		out = appendRepeat(out, ' ', width-n)
	}
	return out
}

// appendRepeat appends n copies of c to b.
func appendRepeat(b []byte, c byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, c)
	}
	return b
}

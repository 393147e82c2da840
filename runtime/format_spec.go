// This file defines the format-spec mini-language of format() and str.format: parsing a
// spec as CPython's formatter_unicode.c does, and laying out numbers with sign, prefix,
// padding and digit grouping.
package runtime

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// pyErr is a Python exception raised by an algorithm of this package before the object
// model exists: Kind is the exception class name ("ValueError") and Msg its message.
type pyErr struct {
	Kind string
	Msg  string
}

// Error returns the exception as Python prints its last traceback line.
func (e *pyErr) Error() string { return e.Kind + ": " + e.Msg }

func valueError(format string, args ...any) *pyErr {
	return &pyErr{"ValueError", fmt.Sprintf(format, args...)}
}

func overflowError(format string, args ...any) *pyErr {
	return &pyErr{"OverflowError", fmt.Sprintf(format, args...)}
}

func typeError(format string, args ...any) *pyErr {
	return &pyErr{"TypeError", fmt.Sprintf(format, args...)}
}

// grouping says which thousands separator a spec asked for.
type grouping uint8

const (
	groupNone       grouping = iota
	groupComma               // ',': every three digits
	groupUnderscore          // '_': every three digits, or four for b, o, x, X
	groupLocale              // 'n': the C locale's grouping, which is none
)

// formatSpec is a parsed format specification
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type].
type formatSpec struct {
	fill      rune
	align     rune // '<', '>', '=', '^'
	sign      rune // 0, '+', '-', ' '
	noNeg0    bool // 'z'
	alternate bool // '#'
	width     int  // -1 when absent
	group     grouping
	groupChar rune // ',' or '_' as written, 0 when absent
	precision int  // -1 when absent
	typ       rune // 0 when absent
}

// maxFormatWidth bounds width and precision padding so that a huge spec raises
// MemoryError instead of exhausting memory, where CPython would fail to allocate.
const maxFormatWidth = 1 << 31

// parseFormatSpecText parses spec for an object of Python type typeName whose formatter
// uses defaultType and defaultAlign; parseFormatSpec (perf11a_specache.go) caches it.
func parseFormatSpecText(spec, typeName string, defaultType, defaultAlign rune) (formatSpec, *pyErr) {
	fs := formatSpec{fill: ' ', align: defaultAlign, width: -1, precision: -1, typ: defaultType}
	var buf [24]rune // specs are short: decode without allocating
	r := buf[:0]
	for i := 0; i < len(spec); {
		if c := spec[i]; c < utf8.RuneSelf {
			r = append(r, rune(c))
			i++
			continue
		}
		c, size := decodeCodePoint(spec, i)
		i += size
		r = append(r, c)
	}
	pos := 0
	fillGiven, alignGiven := false, false
	if len(r) >= 2 && isAlign(r[1]) {
		fs.fill, fs.align, pos = r[0], r[1], 2
		fillGiven, alignGiven = true, true
	} else if len(r) >= 1 && isAlign(r[0]) {
		fs.align, pos = r[0], 1
		alignGiven = true
	}
	if pos < len(r) && (r[pos] == '+' || r[pos] == '-' || r[pos] == ' ') {
		fs.sign = r[pos]
		pos++
	}
	if pos < len(r) && r[pos] == 'z' {
		fs.noNeg0 = true
		pos++
	}
	if pos < len(r) && r[pos] == '#' {
		fs.alternate = true
		pos++
	}
	if !fillGiven && pos < len(r) && r[pos] == '0' {
		fs.fill = '0'
		if !alignGiven && defaultAlign == '>' {
			fs.align = '='
		}
		pos++
	}
	var n int
	var err *pyErr
	if n, pos, err = specInteger(r, pos); err != nil {
		return fs, err
	} else if n >= 0 {
		fs.width = n
	}
	if pos < len(r) && r[pos] == ',' {
		fs.group, fs.groupChar = groupComma, ','
		pos++
	}
	if pos < len(r) && r[pos] == '_' {
		if fs.group != groupNone {
			return fs, valueError("Cannot specify both ',' and '_'.")
		}
		fs.group, fs.groupChar = groupUnderscore, '_'
		pos++
	}
	if pos < len(r) && r[pos] == ',' && fs.group == groupUnderscore {
		return fs, valueError("Cannot specify both ',' and '_'.")
	}
	if pos < len(r) && r[pos] == '.' {
		if n, pos, err = specInteger(r, pos+1); err != nil {
			return fs, err
		} else if n < 0 {
			return fs, valueError("Format specifier missing precision")
		}
		fs.precision = n
	}
	if len(r)-pos > 1 {
		return fs, valueError("Invalid format specifier '%s' for object of type '%s'", spec, cTypeName(typeName, 200))
	}
	if pos < len(r) {
		fs.typ = r[pos]
	}
	return fs, checkGrouping(&fs)
}

// fillString returns the fill character in WTF-8, so that a lone surrogate survives.
func (fs *formatSpec) fillString() string { return string(appendCodePoint(nil, fs.fill)) }

func isAlign(c rune) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// specInteger reads the decimal digits (any Unicode decimal digits, as CPython accepts)
// at pos; it returns -1 when there are none.
func specInteger(r []rune, pos int) (int, int, *pyErr) {
	n, any := 0, false
	for ; pos < len(r); pos++ {
		d := decimalValue(r[pos])
		if d < 0 {
			break
		}
		if n > (math.MaxInt64-d)/10 {
			return 0, pos, valueError("Too many decimal digits in format string")
		}
		n, any = n*10+d, true
	}
	if !any {
		return -1, pos, nil
	}
	return n, pos, nil
}

// decimalValue returns the value of a Unicode decimal digit (category Nd), or -1.
func decimalValue(c rune) int {
	if c >= '0' && c <= '9' {
		return int(c - '0')
	}
	if c < 0x80 || !unicode.Is(unicode.Nd, c) || isUnicode15Digit(c) {
		return -1
	}
	// Unicode assigns decimal digits in complete runs of ten starting at a zero, so the
	// value is the offset from the start of the table range modulo ten.
	for _, rg := range unicode.Nd.R16 {
		if c >= rune(rg.Lo) && c <= rune(rg.Hi) {
			return int(c-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if c >= rune(rg.Lo) && c <= rune(rg.Hi) {
			return int(c-rune(rg.Lo)) % 10
		}
	}
	return -1
}

// isUnicode15Digit reports the decimal digits Go's tables have but Python 3.11's
// Unicode 14 database lacks (Kawi and Nag Mundari, added in Unicode 15.0).
func isUnicode15Digit(c rune) bool {
	return c >= 0x11F50 && c <= 0x11F59 || c >= 0x1E4F0 && c <= 0x1E4F9
}

// checkGrouping rejects a thousands separator with a type that does not allow it.
func checkGrouping(fs *formatSpec) *pyErr {
	if fs.group == groupNone {
		return nil
	}
	switch fs.typ {
	case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		return nil
	case 'b', 'o', 'x', 'X':
		if fs.group == groupUnderscore {
			return nil
		}
	}
	return valueError("Cannot specify '%c' with %s.", fs.groupChar, quoteCode(fs.typ))
}

// quoteCode renders a presentation type as CPython's messages do: 'x' or '\x20ac'.
func quoteCode(c rune) string {
	if c > 32 && c < 128 {
		return fmt.Sprintf("'%c'", c)
	}
	return fmt.Sprintf("'\\x%x'", c)
}

// cTypeName truncates a type name to n bytes as CPython's "%.200s" of tp_name does; a
// multi-byte character cut in two decodes as U+FFFD, as PyUnicode_FromFormat's does.
func cTypeName(name string, n int) string {
	if len(name) <= n {
		return name
	}
	cut := name[:n]
	i := len(cut)
	for i > 0 && i > len(cut)-4 && cut[i-1]&0xC0 == 0x80 {
		i--
	}
	if i > 0 && cut[i-1] >= 0xC0 { // a lead byte whose sequence was cut
		if _, size := decodeCodePoint(cut, i-1); size != len(cut)-(i-1) || size == 1 {
			return cut[:i-1] + "\uFFFD"
		}
	}
	return cut
}

func unknownFormatCode(c rune, typeName string) *pyErr {
	return valueError("Unknown format code %s for object of type '%s'", quoteCode(c), cTypeName(typeName, 200))
}

// numberParts is a number split for layout: the sign, a prefix such as "0x", the digits
// that grouping applies to, and the rest (decimal point onwards, or "inf").
type numberParts struct {
	neg     bool
	prefix  string
	digits  string
	decimal bool
	rest    string
}

// splitNumber splits the output of floatToString (or of an int conversion) for layout.
func splitNumber(s string) numberParts {
	var p numberParts
	if strings.HasPrefix(s, "-") {
		p.neg, s = true, s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	p.digits, s = s[:i], s[i:]
	if strings.HasPrefix(s, ".") {
		p.decimal, s = true, s[1:]
	}
	p.rest = s
	return p
}

// layoutNumber pads, signs and groups a number as calc_number_widths and fill_number do.
// Zero fill with '=' alignment pads inside the grouping, so "0>10," and "010," differ.
func layoutNumber(p numberParts, fs *formatSpec, upper bool) (string, *pyErr) {
	b, err := appendLayoutNumber(nil, p, fs, upper)
	if err != nil {
		return "", err
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), nil // b is not shared
}

// appendLayoutNumber appends layoutNumber's result to dst, growing it once.
func appendLayoutNumber(dst []byte, p numberParts, fs *formatSpec, upper bool) ([]byte, *pyErr) {
	sign := ""
	switch {
	case p.neg:
		sign = "-"
	case fs.sign == '+':
		sign = "+"
	case fs.sign == ' ':
		sign = " "
	}
	nonDigit := len(sign) + len(p.prefix) + codePointCount(p.rest)
	if p.decimal {
		nonDigit++
	}
	minWidth := 0
	if fs.fill == '0' && fs.align == '=' {
		minWidth = fs.width - nonDigit
	}
	if fs.width > maxFormatWidth {
		return dst, &pyErr{"MemoryError", ""}
	}
	digits := ""
	if p.digits != "" {
		digits = groupDigits(p.digits, minWidth, fs.group, fs.typ)
	}
	body := len(digits) + nonDigit // digits and separators are ASCII
	left, right, mid := padding(fs.width-body, fs.align)
	var fillBuf [4]byte
	fill := appendCodePoint(fillBuf[:0], fs.fill)
	dst = slices.Grow(dst, (left+mid+right)*len(fill)+len(sign)+len(p.prefix)+len(digits)+1+len(p.rest))
	dst = appendFill(dst, fill, left)
	dst = append(dst, sign...)
	dst = appendMaybeUpper(dst, p.prefix, upper)
	dst = appendFill(dst, fill, mid)
	dst = appendMaybeUpper(dst, digits, upper)
	if p.decimal {
		dst = append(dst, '.')
	}
	dst = append(dst, p.rest...)
	return appendFill(dst, fill, right), nil
}

// appendFill appends n copies of the fill character fill (WTF-8).
func appendFill(dst, fill []byte, n int) []byte {
	if len(fill) == 1 { // ASCII: a byte append, not a slice append per character
		for c := fill[0]; n > 0; n-- {
			dst = append(dst, c)
		}
		return dst
	}
	for ; n > 0; n-- {
		dst = append(dst, fill...)
	}
	return dst
}

// appendMaybeUpper appends s, with ASCII letters upper-cased if upper (the
// digits and prefixes of numbers are ASCII).
func appendMaybeUpper(dst []byte, s string, upper bool) []byte {
	if !upper {
		return append(dst, s...)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// padding splits n fill characters into left, right and after-sign parts for align.
func padding(n int, align rune) (left, right, mid int) {
	if n <= 0 {
		return 0, 0, 0
	}
	switch align {
	case '<':
		return 0, n, 0
	case '^':
		return n / 2, n - n/2, 0
	case '=':
		return 0, 0, n
	}
	return n, 0, 0
}

// groupDigits inserts thousands separators into digits and pads them with zeros (and
// separators) up to minWidth, as _PyUnicode_InsertThousandsGrouping does. It builds the
// result right to left, reversed, then turns it around.
func groupDigits(digits string, minWidth int, g grouping, typ rune) string {
	if g == groupNone && minWidth <= len(digits) && digits != "" {
		return digits
	}
	size, sep := 0, byte(0)
	switch g {
	case groupComma:
		size, sep = 3, ','
	case groupUnderscore:
		size, sep = 3, '_'
		if typ == 'b' || typ == 'o' || typ == 'x' || typ == 'X' {
			size = 4
		}
	}
	sepLen := 0
	if sep != 0 {
		sepLen = 1
	}
	minWidth = max(minWidth, 0)
	remaining := len(digits)
	out := make([]byte, 0, len(digits)+len(digits)/3+minWidth+2)
	first := true
	take := func(n int) {
		if !first {
			out = append(out, sep)
		}
		first = false
		chars := max(0, min(remaining, n))
		for k := 1; k <= chars; k++ {
			out = append(out, digits[remaining-k])
		}
		for k := max(0, n-remaining); k > 0; k-- {
			out = append(out, '0')
		}
		remaining -= chars
		minWidth -= n
	}
	finished := false
	for size > 0 {
		take(min(size, max(remaining, minWidth, 1)))
		if remaining <= 0 && minWidth <= 0 {
			finished = true
			break
		}
		minWidth -= sepLen
	}
	if !finished {
		take(max(remaining, minWidth, 1))
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

// formatStr renders s under spec as str.__format__ does; typeName names the object's type
// in error messages.
func formatStr(s, spec, typeName string) (string, *pyErr) {
	if spec == "" {
		return s, nil
	}
	fs, err := parseFormatSpec(spec, typeName, 's', '<')
	if err != nil {
		return "", err
	}
	return renderStr(s, &fs, typeName)
}

func renderStr(s string, fs *formatSpec, typeName string) (string, *pyErr) {
	s, n, err := strSpecText(s, fs, typeName)
	if err != nil {
		return "", err
	}
	return padString(s, n, fs)
}

// strSpecText checks that fs applies to a str and cuts s to its precision:
// it returns the text to pad and its length in code points.
func strSpecText(s string, fs *formatSpec, typeName string) (string, int, *pyErr) {
	if fs.typ != 's' {
		return "", 0, unknownFormatCode(fs.typ, typeName)
	}
	switch {
	case fs.sign == ' ':
		return "", 0, valueError("Space not allowed in string format specifier")
	case fs.sign != 0:
		return "", 0, valueError("Sign not allowed in string format specifier")
	case fs.noNeg0:
		return "", 0, valueError("Negative zero coercion (z) not allowed in string format specifier")
	case fs.alternate:
		return "", 0, valueError("Alternate form (#) not allowed in string format specifier")
	case fs.align == '=':
		return "", 0, valueError("'=' alignment not allowed in string format specifier")
	}
	n := codePointCount(s)
	if fs.precision >= 0 && n > fs.precision {
		s = codePointPrefix(s, fs.precision)
		n = fs.precision
	}
	return s, n, nil
}

// padString pads s, which has n code points, to the spec's width.
func padString(s string, n int, fs *formatSpec) (string, *pyErr) {
	if fs.width > maxFormatWidth {
		return "", &pyErr{"MemoryError", ""}
	}
	if fs.width <= n {
		return s, nil
	}
	b, err := appendPadString(nil, s, n, fs)
	return unsafe.String(unsafe.SliceData(b), len(b)), err // b is not shared
}

// appendPadString appends s, which has n code points, padded to the spec's
// width, to dst.
func appendPadString(dst []byte, s string, n int, fs *formatSpec) ([]byte, *pyErr) {
	if fs.width > maxFormatWidth {
		return dst, &pyErr{"MemoryError", ""}
	}
	left, right, _ := padding(fs.width-n, fs.align)
	var fillBuf [4]byte
	fill := appendCodePoint(fillBuf[:0], fs.fill)
	dst = slices.Grow(dst, (left+right)*len(fill)+len(s))
	dst = appendFill(dst, fill, left)
	dst = append(dst, s...)
	return appendFill(dst, fill, right), nil
}

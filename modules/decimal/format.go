// This file defines Decimal.__format__: the format-spec mini-language for
// decimals (fill, align, sign, 'z', zero padding, width, ',',
// precision, and the types e E f F g G n %), with the locale's separators
// for 'n', following the specification of _pydecimal's __format__ and
// the C module's messages.

package cdecimal

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"krait/runtime"
)

// fmtSpec is a parsed format spec.
type fmtSpec struct {
	fill          string
	align         byte
	sign          byte
	noNeg0        bool
	zeropad       bool
	width         int
	thousands     string
	grouping      []int
	point         string
	precision     int // -1 when absent
	typ           byte
	explicitAlign bool
}

// maxFormatWidth bounds a format's width (C's libmpdec fails to allocate
// beyond its limits; we refuse earlier).
const maxFormatWidth = 1 << 31

func invalidFormat() *runtime.Exception { return runtime.NewValueError("invalid format string") }

// parseSpec parses s; locale supplies the separators of the 'n' type.
func parseSpec(s string, locale func() (string, string, []int, *runtime.Exception)) (*fmtSpec, *runtime.Exception) {
	f := &fmtSpec{fill: " ", align: '>', sign: '-', precision: -1}
	// [[fill]align]
	if r, n := utf8.DecodeRuneInString(s); n > 0 && n < len(s) && strings.IndexByte("<>=^", s[n]) >= 0 {
		f.fill, f.align, f.explicitAlign = string(r), s[n], true
		s = s[n+1:]
		f.fill = string(r)
	} else if s != "" && strings.IndexByte("<>=^", s[0]) >= 0 {
		f.align, f.explicitAlign = s[0], true
		s = s[1:]
	}
	fillGiven := f.explicitAlign
	if s != "" && strings.IndexByte("-+ ", s[0]) >= 0 {
		f.sign = s[0]
		s = s[1:]
	}
	if s != "" && s[0] == 'z' {
		f.noNeg0 = true
		s = s[1:]
	}
	if s != "" && s[0] == '0' {
		f.zeropad = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i > 0 {
		if s[0] == '0' {
			return nil, invalidFormat()
		}
		w, err := strconv.Atoi(s[:i])
		if err != nil || w > maxFormatWidth {
			return nil, invalidFormat()
		}
		f.width = w
		s = s[i:]
	}
	comma := false
	if s != "" && s[0] == ',' {
		comma = true
		s = s[1:]
	}
	if s != "" && s[0] == '.' {
		j := 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j == 1 || (s[1] == '0' && j > 2) {
			return nil, invalidFormat()
		}
		p, err := strconv.Atoi(s[1:j])
		if err != nil {
			return nil, invalidFormat()
		}
		f.precision = p
		s = s[j:]
	}
	if s != "" {
		if len(s) != 1 || strings.IndexByte("eEfFgGn%", s[0]) < 0 {
			return nil, invalidFormat()
		}
		f.typ = s[0]
	}
	if f.zeropad {
		if fillGiven {
			return nil, invalidFormat()
		}
		f.fill, f.align = "0", '='
	}
	if f.precision == 0 && (f.typ == 0 || strings.IndexByte("gGn", f.typ) >= 0) {
		f.precision = 1
	}
	if f.typ == 'n' {
		if comma {
			return nil, invalidFormat()
		}
		f.typ = 'g'
		pt, sep, grp, err := locale()
		if err != nil {
			return nil, err
		}
		f.point, f.thousands, f.grouping = pt, sep, grp
	} else {
		if comma {
			f.thousands = ","
		}
		f.grouping = []int{3, 0}
		f.point = "."
	}
	return f, nil
}

// localeSeparators reads the decimal point, thousands separator and
// grouping from locale.localeconv().
func localeSeparators() (string, string, []int, *runtime.Exception) {
	m, err := runtime.ImportModule("locale")
	if err != nil {
		return "", "", nil, err
	}
	conv, err := runtime.CallMethod(m, "localeconv")
	if err != nil {
		return "", "", nil, err
	}
	return separatorsFrom(conv)
}

func separatorsFrom(conv runtime.Value) (string, string, []int, *runtime.Exception) {
	get := func(k string) (runtime.Value, *runtime.Exception) { return runtime.GetItem(conv, runtime.StrValue(k)) }
	pv, err := get("decimal_point")
	if err != nil {
		return "", "", nil, err
	}
	sv, err := get("thousands_sep")
	if err != nil {
		return "", "", nil, err
	}
	gv, err := get("grouping")
	if err != nil {
		return "", "", nil, err
	}
	items, err := runtime.IterItems(gv)
	if err != nil {
		return "", "", nil, err
	}
	var grp []int
	for _, it := range items {
		n, ok := runtime.IntOf(it)
		if !ok {
			s, _ := runtime.StrOf(it)
			if s != nil && len([]rune(s.String())) == 1 {
				n = int64([]rune(s.String())[0])
			}
		}
		if n < 0 || n > 127 {
			return "", "", nil, runtime.NewValueError("invalid override dict")
		}
		grp = append(grp, int(n))
	}
	ps, err := runtime.StrOf(pv)
	if err != nil {
		return "", "", nil, err
	}
	ss, err := runtime.StrOf(sv)
	if err != nil {
		return "", "", nil, err
	}
	if len(ps.String()) > 4 || len(ss.String()) > 4 {
		return "", "", nil, runtime.NewValueError("invalid override dict")
	}
	return ps.String(), ss.String(), grp, nil
}

func decimal_format(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if !runtime.IsInstance(a[0], runtime.StrType) {
		return runtime.Value{}, runtime.NewTypeError("format arg must be str")
	}
	specStr, _ := runtime.StrOf(a[0])
	locale := localeSeparators
	if !a[1].IsNull() {
		if !runtime.IsInstance(a[1], runtime.DictType) {
			return runtime.Value{}, runtime.NewTypeError("optional argument must be a dict")
		}
		pt, sep, grp, err := separatorsFrom(a[1])
		if err != nil {
			return runtime.Value{}, err
		}
		locale = func() (string, string, []int, *runtime.Exception) { return pt, sep, grp, nil }
	}
	var spec fmtSpec
	f := &spec
	if a[1].IsNull() {
		if err := cachedSpec(specStr, f); err != nil { // dec15_format.go
			return runtime.Value{}, err
		}
	} else {
		p, err := parseSpec(specStr.String(), locale)
		if err != nil {
			return runtime.Value{}, err
		}
		f = p
	}
	c, err := currentContext()
	if err != nil {
		return runtime.Value{}, err
	}
	d := decOf(self)
	if d.isSpecial() {
		return runtime.StrValue(formatSpecial(&d, f)), nil
	}
	neg, intpart, frac, exp := finiteParts(d, f, c)
	if r, ok := formatNumberFast(neg, intpart, frac, exp, f); ok {
		return r, nil
	}
	return runtime.StrValue(formatNumber(neg, intpart, frac, exp, f)), nil
}

func formatSpecial(d *dec, f *fmtSpec) string {
	abs := *d
	abs.neg = false
	body := toString(&abs, false, true)
	if f.typ == '%' {
		body += "%"
	}
	if f.zeropad {
		f.fill, f.align = " ", '>'
	}
	return align(formatSign(d.neg, f), body, f)
}

// roundSig rounds d to places significant digits.
func roundSig(d dec, places int64, mode int) dec {
	if d.coefZero() {
		return d
	}
	adj := d.adjusted()
	r := rescale(&d, adj+1-places, mode)
	if r.adjusted() != adj {
		r = rescale(&r, r.adjusted()+1-places, mode)
	}
	return r
}

// finiteParts rounds d as f asks and splits it into its sign, the digits
// before and after the point, and the exponent shown.
func finiteParts(d dec, f *fmtSpec, c *Context) (neg bool, intpart, frac string, exp int64) {
	if f.typ == 0 {
		f.typ = 'g'
		if c.capitals != 0 {
			f.typ = 'G'
		}
	}
	if f.typ == '%' {
		d.exp += 2
	}
	mode := c.p.round
	prec := int64(f.precision)
	isE := f.typ == 'e' || f.typ == 'E'
	isF := f.typ == 'f' || f.typ == 'F' || f.typ == '%'
	isG := f.typ == 'g' || f.typ == 'G'
	if prec >= 0 {
		switch {
		case isE:
			d = roundSig(d, prec+1, mode)
		case isF:
			d = rescale(&d, -prec, mode)
		case isG && int64(d.digits()) > prec:
			d = roundSig(d, prec, mode)
		}
	}
	zero := d.coefZero()
	if zero && d.exp > 0 && isF {
		d = rescale(&d, 0, mode)
	}
	neg = d.neg && !(zero && f.noNeg0)
	digits := d.coefString()
	nd := int64(len(digits))
	left := d.exp + nd
	var dot int64
	switch {
	case isE:
		dot = 1
		if zero && prec >= 0 {
			dot = 1 - prec
		}
	case isF:
		dot = left
	default:
		dot = 1
		if d.exp <= 0 && left > -6 {
			dot = left
		}
	}
	switch {
	case dot < 0:
		intpart, frac = "0", strings.Repeat("0", int(-dot))+digits
	case dot > nd:
		intpart = digits + strings.Repeat("0", int(dot-nd))
	default:
		intpart, frac = digits[:dot], digits[dot:]
		if intpart == "" {
			intpart = "0"
		}
	}
	return neg, intpart, frac, left - dot
}

func formatSign(neg bool, f *fmtSpec) string {
	if neg {
		return "-"
	}
	if f.sign == ' ' || f.sign == '+' {
		return string(f.sign)
	}
	return ""
}

func formatNumber(neg bool, intpart, frac string, exp int64, f *fmtSpec) string {
	sign := formatSign(neg, f)
	if frac != "" {
		frac = f.point + frac
	}
	if exp != 0 || f.typ == 'e' || f.typ == 'E' {
		e := "e"
		if f.typ == 'E' || f.typ == 'G' {
			e = "E"
		}
		if exp >= 0 {
			e += "+"
		}
		frac += e + strconv.FormatInt(exp, 10)
	}
	if f.typ == '%' {
		frac += "%"
	}
	minWidth := 0
	if f.zeropad {
		minWidth = f.width - utf8.RuneCountInString(frac) - len(sign)
	}
	intpart = insertSeparators(intpart, f, minWidth)
	return align(sign, intpart+frac, f)
}

// groupLengths expands a localeconv grouping into the group lengths
// (repeat marks that the last length repeats).
func groupLengths(g []int) (lengths []int, repeat bool) {
	if len(g) == 0 {
		return nil, false
	}
	if g[len(g)-1] == 0 && len(g) >= 2 {
		return g[:len(g)-1], true
	}
	return g[:len(g)-1], false
}

func insertSeparators(digits string, f *fmtSpec, minWidth int) string {
	sep := f.thousands
	lengths, repeat := groupLengths(f.grouping)
	var groups []string
	done := false
	for i := 0; ; i++ {
		var l int
		if i < len(lengths) {
			l = lengths[i]
		} else if repeat && len(lengths) > 0 {
			l = lengths[len(lengths)-1]
		} else {
			break
		}
		if l <= 0 {
			break
		}
		l = min(max(len(digits), minWidth, 1), l)
		groups = append(groups, strings.Repeat("0", max(0, l-len(digits)))+digits[max(0, len(digits)-l):])
		digits = digits[:max(0, len(digits)-l)]
		minWidth -= l
		if digits == "" && minWidth <= 0 {
			done = true
			break
		}
		minWidth -= utf8.RuneCountInString(sep)
	}
	if !done {
		l := max(len(digits), minWidth, 1)
		groups = append(groups, strings.Repeat("0", l-len(digits))+digits)
	}
	for i, j := 0, len(groups)-1; i < j; i, j = i+1, j-1 {
		groups[i], groups[j] = groups[j], groups[i]
	}
	return strings.Join(groups, sep)
}

func align(sign, body string, f *fmtSpec) string {
	n := f.width - utf8.RuneCountInString(sign) - utf8.RuneCountInString(body)
	pad := ""
	if n > 0 {
		pad = strings.Repeat(f.fill, n)
	}
	switch f.align {
	case '<':
		return sign + body + pad
	case '=':
		return sign + pad + body
	case '^':
		half := n / 2
		if n <= 0 {
			half = 0
		}
		return strings.Repeat(f.fill, half) + sign + body + strings.Repeat(f.fill, max(0, n-half))
	}
	return pad + sign + body
}

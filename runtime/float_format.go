// This file defines float.__format__ and complex.__format__ and repr(complex), as
// CPython's formatter_unicode.c and complexobject.c do them.
package runtime

import (
	"math"
	"strings"
	"unsafe"
)

// formatFloat renders f under spec as float.__format__ does; typeName names the object's
// type in error messages. An empty spec means str(self), which the caller must use
// instead for a subclass that overrides __str__.
func formatFloat(f float64, spec, typeName string) (string, *pyErr) {
	if spec == "" {
		return floatRepr(f), nil
	}
	fs, err := parseFormatSpec(spec, typeName, 0, '>')
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return renderFloat(f, &fs)
	}
	return "", unknownFormatCode(fs.typ, typeName)
}

// floatModeFlags translates the presentation type and flags of fs into the arguments of
// floatToString, as format_float_internal and format_complex_internal do.
func floatModeFlags(fs *formatSpec, emptyType byte, emptyFlags dtsFlags) (byte, int, dtsFlags, *pyErr) {
	if fs.precision > math.MaxInt32 {
		return 0, 0, 0, valueError("precision too big")
	}
	var flags dtsFlags
	if fs.alternate {
		flags |= dtsAlt
	}
	if fs.noNeg0 {
		flags |= dtsNoNeg0
	}
	code, defaultPrec := byte(fs.typ), 6
	switch code {
	case 0:
		code, defaultPrec = emptyType, 0
		flags |= emptyFlags
	case 'n':
		code = 'g'
	case '%':
		code = 'f'
	}
	prec := fs.precision
	if prec < 0 {
		prec = defaultPrec
	} else if code == 'r' {
		code = 'g'
	}
	return code, prec, flags, nil
}

func renderFloat(f float64, fs *formatSpec) (string, *pyErr) {
	var buf [64]byte
	b, err := appendRenderFloat(buf[:0], f, fs)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

// appendRenderFloat appends renderFloat's result to dst: the digits go
// straight to dst when there is nothing to lay out, else through a stack
// buffer into appendLayoutNumber.
func appendRenderFloat(dst []byte, f float64, fs *formatSpec) ([]byte, *pyErr) {
	code, prec, flags, err := floatModeFlags(fs, 'r', dtsAddDot0)
	if err != nil {
		return dst, err
	}
	if fs.typ == '%' {
		f *= 100
	}
	if fs.sign != '+' && fs.sign != ' ' && fs.width < 0 && fs.typ != 'n' && fs.group == groupNone {
		dst = appendFloat(dst, f, code, prec, flags)
		if fs.typ == '%' {
			dst = append(dst, '%')
		}
		return dst, nil // nothing to lay out
	}
	var nbuf [64]byte
	num := appendFloat(nbuf[:0], f, code, prec, flags)
	if fs.typ == '%' {
		num = append(num, '%')
	}
	if fs.typ == 'n' {
		fs.group = groupLocale
	}
	return appendLayoutNumber(dst, splitNumber(unsafe.String(unsafe.SliceData(num), len(num))), fs, false)
}

// complexRepr returns repr(complex(re, im)): "(1+2j)", or "2j" when re is +0.0.
func complexRepr(re, im float64) string {
	if re == 0 && !math.Signbit(re) {
		return floatToString(im, 'r', 0, 0) + "j"
	}
	return "(" + floatToString(re, 'r', 0, 0) + floatToString(im, 'r', 0, dtsSign) + "j)"
}

// formatComplex renders complex(re, im) under spec as complex.__format__ does.
func formatComplex(re, im float64, spec, typeName string) (string, *pyErr) {
	if spec == "" {
		return complexRepr(re, im), nil
	}
	fs, err := parseFormatSpec(spec, typeName, 0, '>')
	if err != nil {
		return "", err
	}
	switch fs.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", unknownFormatCode(fs.typ, typeName)
	}
	if fs.fill == '0' {
		return "", valueError("Zero padding is not allowed in complex format specifier")
	}
	if fs.align == '=' {
		return "", valueError("'=' alignment flag is not allowed in complex format specifier")
	}
	code, prec, flags, err := floatModeFlags(&fs, 'r', 0)
	if err != nil {
		return "", err
	}
	skipRe, parens := false, false
	if fs.typ == 0 {
		skipRe = re == 0 && !math.Signbit(re)
		parens = !skipRe
	}
	// Both parts are laid out without padding; the whole is padded afterwards.
	part := fs
	part.fill, part.align, part.width = ' ', '<', -1
	if fs.typ == 'n' {
		part.group = groupLocale
	}
	var b strings.Builder
	if parens {
		b.WriteByte('(')
	}
	if !skipRe {
		s, _ := layoutNumber(splitNumber(floatToString(re, code, prec, flags)), &part, false)
		b.WriteString(s)
		part.sign = '+'
	}
	s, _ := layoutNumber(splitNumber(floatToString(im, code, prec, flags)), &part, false)
	b.WriteString(s)
	b.WriteByte('j')
	if parens {
		b.WriteByte(')')
	}
	out := b.String()
	return padString(out, len(out), &fs)
}

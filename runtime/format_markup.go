// This file defines str.format and str.format_map: splitting a format string into
// literal text and {field!conversion:spec} replacement fields, resolving field names
// (auto-numbering, attributes, indexes), and nested specs, as CPython's
// Objects/stringlib/unicode_format.h does, over callbacks into the object model. The
// iterator and the field-name split are also what _string.formatter_parser and
// _string.formatter_field_name_split (string.Formatter) expose.
package runtime

import "fmt"

// strFormatArgs holds the arguments of a str.format call.
type strFormatArgs[V any] struct {
	Args   []V
	NoArgs bool                         // format_map: a positional field is an error
	Lookup func(key string) (V, *pyErr) // keyword arguments or the mapping; nil if none
}

// strFormatHooks is what str.format needs from the object model for values of type V.
type strFormatHooks[V any] struct {
	GetAttr func(v V, name string) (V, *pyErr)
	// GetIndex is v[i] for a field like {0[2]}: a sequence item, or a mapping lookup
	// with the int key for a non-sequence.
	GetIndex func(v V, i int) (V, *pyErr)
	GetKey   func(v V, key string) (V, *pyErr)
	// Convert applies !r, !s or !a (repr, str, ascii).
	Convert func(v V, conversion rune) (V, *pyErr)
	// Format is format(v, spec).
	Format func(v V, spec string) (string, *pyErr)
}

// markupField is one replacement field {name!conversion:spec}.
type markupField struct {
	name       []rune
	spec       []rune
	hasSpec    bool // a ':' or '!' introduced a spec part, even an empty one
	conversion rune // 0 when absent
	expand     bool // the spec holds nested fields
}

// markupIter splits a format string into literal text and replacement fields.
type markupIter struct {
	s   []rune
	pos int
}

// next returns the next literal text and the field after it (nil if none); more is
// false at the end of the string.
func (it *markupIter) next() (literal []rune, field *markupField, more bool, err *pyErr) {
	if it.pos >= len(it.s) {
		return nil, nil, false, nil
	}
	start := it.pos
	var c rune
	markup := false
	for it.pos < len(it.s) {
		c = it.s[it.pos]
		it.pos++
		if c == '{' || c == '}' {
			markup = true
			break
		}
	}
	atEnd := it.pos >= len(it.s)
	n := it.pos - start
	if c == '}' && markup && (atEnd || it.s[it.pos] != '}') {
		return nil, nil, false, valueError("Single '}' encountered in format string")
	}
	if atEnd && c == '{' && markup {
		return nil, nil, false, valueError("Single '{' encountered in format string")
	}
	if !atEnd && markup {
		if it.s[it.pos] == c { // an escaped brace: the literal keeps one
			it.pos++
			markup = false
		} else {
			n--
		}
	}
	literal = it.s[start : start+n]
	if !markup {
		return literal, nil, true, nil
	}
	f, err := it.parseField()
	if err != nil {
		return nil, nil, false, err
	}
	return literal, f, true, nil
}

// parseField reads a field after its '{', through its closing '}'.
func (it *markupIter) parseField() (*markupField, *pyErr) {
	f := &markupField{}
	start := it.pos
	var c rune
	for it.pos < len(it.s) {
		c = it.s[it.pos]
		it.pos++
		if c == '{' {
			return nil, valueError("unexpected '{' in field name")
		}
		if c == '[' {
			for it.pos < len(it.s) && it.s[it.pos] != ']' {
				it.pos++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
	}
	f.name = it.s[start : it.pos-1]
	if c != '!' && c != ':' {
		if c != '}' {
			return nil, valueError("expected '}' before end of string")
		}
		return f, nil
	}
	if c == '!' {
		if it.pos >= len(it.s) {
			return nil, valueError("end of string while looking for conversion specifier")
		}
		f.conversion = it.s[it.pos]
		it.pos++
		if it.pos < len(it.s) {
			c = it.s[it.pos]
			it.pos++
			if c == '}' {
				return f, nil
			}
			if c != ':' {
				return nil, valueError("expected ':' after conversion specifier")
			}
		}
	}
	f.hasSpec = true
	specStart, depth := it.pos, 1
	for it.pos < len(it.s) {
		c = it.s[it.pos]
		it.pos++
		switch c {
		case '{':
			f.expand = true
			depth++
		case '}':
			depth--
			if depth == 0 {
				f.spec = it.s[specStart : it.pos-1]
				return f, nil
			}
		}
	}
	return nil, valueError("unmatched '{' in format spec")
}

// fieldNamePart is one ".attr" or "[key]" step after a field name's first part.
type fieldNamePart struct {
	attr  bool
	name  []rune
	index int // the key as an int, or -1
}

// splitFieldName splits "first.attr[key]..." into its first part (with its value as an
// index, or -1) and the rest, which is parsed lazily as CPython does, so that errors
// in it come after the lookup of the first part.
func splitFieldName(name []rune) (first []rune, index int, rest []rune, err *pyErr) {
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first, rest = name[:i], name[i:]
	index, err = fieldInteger(first)
	return first, index, rest, err
}

// nextFieldNamePart parses the next step of rest; ok is false at the end.
func nextFieldNamePart(rest []rune) (part fieldNamePart, tail []rune, ok bool, err *pyErr) {
	if len(rest) == 0 {
		return part, nil, false, nil
	}
	switch rest[0] {
	case '.':
		i := 1
		for i < len(rest) && rest[i] != '.' && rest[i] != '[' {
			i++
		}
		part, tail = fieldNamePart{attr: true, name: rest[1:i], index: -1}, rest[i:]
	case '[':
		i := 1
		for i < len(rest) && rest[i] != ']' {
			i++
		}
		if i == len(rest) {
			return part, nil, false, valueError("Missing ']' in format string")
		}
		part, tail = fieldNamePart{name: rest[1:i]}, rest[i+1:]
		if part.index, err = fieldInteger(part.name); err != nil {
			return part, nil, false, err
		}
	default:
		return part, nil, false, valueError("Only '.' or '[' may follow ']' in format field specifier")
	}
	if len(part.name) == 0 {
		return part, nil, false, valueError("Empty attribute in format string")
	}
	return part, tail, true, nil
}

// fieldInteger is get_integer: the value of a non-empty run of Unicode decimal digits,
// else -1.
func fieldInteger(s []rune) (int, *pyErr) {
	if len(s) == 0 {
		return -1, nil
	}
	n := 0
	for _, c := range s {
		d := decimalValue(c)
		if d < 0 {
			return -1, nil
		}
		if n > (1<<63-1-d)/10 {
			return -1, valueError("Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	return n, nil
}

// autoNumber tracks {} auto-numbering against explicit {0} numbering.
type autoNumber struct {
	state int // 0 unset, 1 automatic, 2 manual
	next  int
}

func (a *autoNumber) check(empty, numeric bool) *pyErr {
	if !numeric {
		return nil
	}
	if a.state == 0 {
		a.state = 2
		if empty {
			a.state = 1
		}
	}
	if a.state == 2 && empty {
		return valueError("cannot switch from manual field specification to automatic field numbering")
	}
	if a.state != 2 && !empty {
		return valueError("cannot switch from automatic field numbering to manual field specification")
	}
	return nil
}

// strFormat returns format.format(*args, **kwargs) (or format.format_map(mapping)).
func strFormat[V any](format string, args strFormatArgs[V], h *strFormatHooks[V]) (string, *pyErr) {
	st := &strFormatState[V]{args: args, h: h}
	out, err := st.build(codePoints(format), 2)
	return string(out), err
}

type strFormatState[V any] struct {
	args strFormatArgs[V]
	h    *strFormatHooks[V]
	auto autoNumber
}

// build expands a format string; depth limits nested specs to PEP 3101's two levels.
func (st *strFormatState[V]) build(s []rune, depth int) ([]byte, *pyErr) {
	if depth <= 0 {
		return nil, valueError("Max string recursion exceeded")
	}
	it := markupIter{s: s}
	var out []byte
	for {
		lit, f, more, err := it.next()
		if err != nil {
			return nil, err
		}
		if !more {
			return out, nil
		}
		out = appendRunes(out, lit)
		if f != nil {
			if out, err = st.field(out, f, depth); err != nil {
				return nil, err
			}
		}
	}
}

// field renders one replacement field.
func (st *strFormatState[V]) field(out []byte, f *markupField, depth int) ([]byte, *pyErr) {
	v, err := st.fieldObject(f.name)
	if err != nil {
		return nil, err
	}
	if f.conversion != 0 {
		switch f.conversion {
		case 'r', 's', 'a':
			if v, err = st.h.Convert(v, f.conversion); err != nil {
				return nil, err
			}
		default:
			if f.conversion > 32 && f.conversion < 127 {
				return nil, valueError("Unknown conversion specifier %c", f.conversion)
			}
			return nil, valueError("Unknown conversion specifier \\x%x", f.conversion)
		}
	}
	spec := f.spec
	if f.expand {
		b, err := st.build(spec, depth-1)
		if err != nil {
			return nil, err
		}
		spec = codePoints(string(b))
	}
	s, err := st.h.Format(v, string(appendRunes(nil, spec)))
	if err != nil {
		return nil, err
	}
	return append(out, s...), nil
}

// fieldObject resolves a field name to its object: an argument, then attributes and
// items.
func (st *strFormatState[V]) fieldObject(name []rune) (V, *pyErr) {
	var zero V
	first, index, rest, err := splitFieldName(name)
	if err != nil {
		return zero, err
	}
	empty := len(first) == 0
	if err := st.auto.check(empty, empty || index >= 0); err != nil {
		return zero, err
	}
	if empty {
		index = st.auto.next
		st.auto.next++
	}
	var v V
	switch {
	case index < 0:
		key := string(appendRunes(nil, first))
		if st.args.Lookup == nil {
			return zero, &pyErr{"KeyError", unicodeRepr(key)}
		}
		if v, err = st.args.Lookup(key); err != nil {
			return zero, err
		}
	case st.args.NoArgs:
		return zero, valueError("Format string contains positional fields")
	case index >= len(st.args.Args):
		return zero, &pyErr{"IndexError", fmt.Sprintf("Replacement index %d out of range for positional args tuple", index)}
	default:
		v = st.args.Args[index]
	}
	for {
		part, tail, ok, err := nextFieldNamePart(rest)
		if err != nil || !ok {
			return v, err
		}
		rest = tail
		key := string(appendRunes(nil, part.name))
		switch {
		case part.attr:
			v, err = st.h.GetAttr(v, key)
		case part.index >= 0:
			v, err = st.h.GetIndex(v, part.index)
		default:
			v, err = st.h.GetKey(v, key)
		}
		if err != nil {
			return zero, err
		}
	}
}

// appendRunes appends code points in WTF-8.
func appendRunes(b []byte, r []rune) []byte {
	for _, c := range r {
		b = appendCodePoint(b, c)
	}
	return b
}

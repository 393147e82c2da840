// This file defines the fast path of str.format and str.format_map: a
// format string is parsed once into a program of literals and fields
// (cached by its text), then each call only looks the fields up, formats
// them and copies the pieces into one str. The generic engine of
// format_markup.go re-parses the string as code points on every call and
// reaches the object model through closures built per call.
//
// Only format strings that parse completely without error and have no
// nested fields in their specs get a program: CPython reports a parse
// error only when its lazy parser reaches it, after formatting (and running
// the __format__ of) the fields before it, so those strings keep the
// generic engine, which has the same laziness. Everything a program does at
// run time (auto-numbering checks, lookups, conversions, format()) happens
// field by field in the generic engine's order, with its messages.

package runtime

import (
	"fmt"
	"sync"
)

// markupProg is a parsed format string.
type markupProg struct {
	items []markupItem
	tail  string // literal text after the last field
}

// markupItem is the literal text before a field, and the field.
type markupItem struct {
	lit   string
	auto  bool // {} or {!r}: the next automatic index
	index int  // explicit positional index, or -1 for a keyword
	key   *Str // the keyword's name (interned, as keyword names are)
	parts []markupPart
	conv  rune  // 'r', 's', 'a' or 0
	spec  Value // the spec as a str
}

// markupPart is one .attr or [key] step of a field name.
type markupPart struct {
	attr  bool
	name  *Str // interned attribute name, or the key as a str
	index int  // [int] key, or -1
}

// markupCache maps format strings to their programs (nil: use the generic
// engine). It stops growing at markupCacheMax entries.
var markupCache = struct {
	sync.Mutex
	m map[string]*markupProg
}{m: make(map[string]*markupProg)}

const (
	markupCacheMax    = 1024
	markupCacheMaxLen = 512
)

// markupProgFor returns the program of format, or nil if it has none.
func markupProgFor(format string) *markupProg {
	if len(format) > markupCacheMaxLen {
		return nil
	}
	markupCache.Lock()
	p, ok := markupCache.m[format]
	markupCache.Unlock()
	if ok {
		return p
	}
	p = compileMarkup(format)
	markupCache.Lock()
	if len(markupCache.m) < markupCacheMax {
		markupCache.m[format] = p
	}
	markupCache.Unlock()
	return p
}

// compileMarkup parses format into a program, or returns nil when it has
// a parse error or a nested spec.
func compileMarkup(format string) *markupProg {
	p := &markupProg{}
	it := markupIter{s: codePoints(format)}
	for {
		lit, f, more, err := it.next()
		if err != nil {
			return nil
		}
		if !more {
			return p
		}
		if f == nil {
			p.tail += string(appendRunes(nil, lit))
			continue
		}
		item, ok := compileMarkupField(f)
		if !ok {
			return nil
		}
		item.lit = p.tail + string(appendRunes(nil, lit))
		p.tail = ""
		p.items = append(p.items, item)
	}
}

func compileMarkupField(f *markupField) (markupItem, bool) {
	if f.expand || (f.conversion != 0 && f.conversion != 'r' && f.conversion != 's' && f.conversion != 'a') {
		return markupItem{}, false
	}
	first, index, rest, err := splitFieldName(f.name)
	if err != nil {
		return markupItem{}, false
	}
	item := markupItem{auto: len(first) == 0, index: index, conv: f.conversion, spec: ValueOf(emptyStr)}
	if index < 0 && !item.auto {
		item.key = Intern(string(appendRunes(nil, first)))
	}
	for {
		part, tail, ok, err := nextFieldNamePart(rest)
		if err != nil {
			return markupItem{}, false
		}
		if !ok {
			break
		}
		rest = tail
		name := string(appendRunes(nil, part.name))
		mp := markupPart{attr: part.attr, index: part.index}
		if part.attr {
			mp.name = Intern(name)
		} else {
			mp.name = NewStr(name)
		}
		item.parts = append(item.parts, mp)
	}
	if len(f.spec) > 0 {
		item.spec = ValueOf(Intern(string(appendRunes(nil, f.spec))))
	}
	return item, true
}

// run formats args (positional) and kw (keywords or the mapping, may be
// null) with the program.
func (p *markupProg) run(args []Value, kw Value, isMap bool) (Value, *Exception) {
	return p.runKw(args, markupKw{kw: kw}, isMap)
}

// markupKw is the keyword source of str.format: a mapping kw, or (from the
// vectorcall entry, perf11a_strformat.go) the call's keyword names and
// values, looked up without building a dict.
type markupKw struct {
	kw    Value
	names []*Str
	vals  []Value
}

// runKw is run with the keywords in k.
func (p *markupProg) runKw(args []Value, k markupKw, isMap bool) (Value, *Exception) {
	var stack [256]byte
	out := stack[:0]
	var auto autoNumber
	for i := range p.items {
		it := &p.items[i]
		out = append(out, it.lit...)
		v, err := it.object(&auto, args, &k, isMap)
		if err != nil {
			return Value{}, err
		}
		switch it.conv {
		case 'r':
			v, err = reprValue(v)
		case 's':
			v, err = StrOfValue(v)
		case 'a':
			v, err = asciiOf(v)
		}
		if err != nil {
			return Value{}, err
		}
		lone := len(p.items) == 1 && it.lit == "" && p.tail == ""
		if !lone {
			var ok bool
			if out, ok, err = appendFormatted(out, v, it.spec); ok { // format_result.go
				if err != nil {
					return Value{}, err
				}
				continue
			}
		}
		r, err := Format(v, it.spec)
		if err != nil {
			return Value{}, err
		}
		if len(p.items) == 1 && it.lit == "" && p.tail == "" && len(r.AsStr().S) > 0 {
			return r, nil // CPython's writer returns a lone field's str itself
		}
		out = append(out, r.AsStr().S...)
	}
	out = append(out, p.tail...)
	return strValueBytes(out), nil
}

// object resolves the field's object as strFormatState.fieldObject does.
func (it *markupItem) object(auto *autoNumber, args []Value, k *markupKw, isMap bool) (Value, *Exception) {
	kw := k.kw
	if perr := auto.check(it.auto, it.auto || it.index >= 0); perr != nil {
		return Value{}, fromPyErr(perr)
	}
	index := it.index
	if it.auto {
		index = auto.next
		auto.next++
	}
	var v Value
	var err *Exception
	switch {
	case index < 0 && k.names != nil:
		if v, err = k.lookup(it.key); err != nil {
			return Value{}, err
		}
	case index < 0:
		if kw.IsNull() {
			return Value{}, fromPyErr(&pyErr{"KeyError", unicodeRepr(it.key.S)})
		}
		if v, err = GetItem(kw, ValueOf(it.key)); err != nil {
			return Value{}, err
		}
	case isMap:
		return Value{}, fromPyErr(valueError("Format string contains positional fields"))
	case index >= len(args):
		return Value{}, fromPyErr(&pyErr{"IndexError", fmt.Sprintf("Replacement index %d out of range for positional args tuple", index)})
	default:
		v = args[index]
	}
	for _, part := range it.parts {
		switch {
		case part.attr:
			v, err = GetAttr(v, part.name)
		case part.index >= 0:
			v, err = GetItem(v, Int(int64(part.index)))
		default:
			v, err = GetItem(v, ValueOf(part.name))
		}
		if err != nil {
			return Value{}, err
		}
	}
	return v, nil
}

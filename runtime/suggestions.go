// This file defines the "Did you mean" suggestions CPython 3.11 appends to
// NameError and AttributeError messages when printing them: the closest
// name by a Levenshtein distance with case-insensitive substitutions
// cheaper (Python/suggestions.c).

package runtime

import (
	"sort"
)

const (
	sugMaxCandidates = 750
	sugMaxString     = 40
	sugMoveCost      = 2
	sugCaseCost      = 1
)

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func substitutionCost(a, b byte) int {
	if a == b {
		return 0
	}
	if lowerASCII(a) == lowerASCII(b) {
		return sugCaseCost
	}
	return sugMoveCost
}

func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * sugMoveCost
	}
	if len(a) > sugMaxString || len(b) > sugMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*sugMoveCost > maxCost {
		return maxCost + 1
	}
	buf := make([]int, len(a))
	for i := range buf {
		buf[i] = (i + 1) * sugMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * sugMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + substitutionCost(code, a[i])
			distance = buf[i]
			insertDelete := min(result, distance) + sugMoveCost
			result = min(insertDelete, substitute)
			buf[i] = result
			minimum = min(minimum, result)
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// closestName returns the suggestion for name among candidates, or "".
func closestName(candidates []string, name string) string {
	if len(candidates) >= sugMaxCandidates {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, item := range candidates {
		if item == name {
			continue
		}
		maxDist := (len(name) + len(item) + 3) * sugMoveCost / 6
		maxDist = min(maxDist, bestDist-1)
		d := levenshtein(name, item, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = item, d
		}
	}
	return best
}

func dictKeyStrings(d *Dict) []string {
	var out []string
	pos := 0
	for {
		k, _, ok := d.Next(&pos)
		if !ok {
			return out
		}
		if s, ok := k.TryStr(); ok {
			out = append(out, s.S)
		}
	}
}

// suggestionFor returns ". Did you mean: 'x'?" for a NameError or
// AttributeError whose name has a close match, else "".
func suggestionFor(e *Exception) string {
	var s string
	switch {
	case e.typ.IsSubtype(NameErrorType) && len(e.extra) == 1 && e.extra[0].Type() == StrType && e.Traceback != nil:
		name := e.extra[0].AsStr().S
		tb := e.Traceback
		for tb.Next != nil {
			tb = tb.Next
		}
		fr := tb.Frame
		var locals []string
		for _, v := range fr.code.varnames {
			locals = append(locals, v.S)
		}
		s = closestName(locals, name)
		if s == "" && fr.globals != nil {
			s = closestName(dictKeyStrings(fr.globals), name)
			if s == "" {
				s = closestName(dictKeyStrings(builtinsOf(fr.globals)), name)
			}
		}
	case e.typ.IsSubtype(AttributeErrorType) && len(e.extra) == 2 && e.extra[0].Type() == StrType:
		name := e.extra[0].AsStr().S
		s = closestName(dirNames(e.extra[1]), name)
	}
	if s == "" {
		return ""
	}
	return ". Did you mean: '" + s + "'?"
}

// dirNames is sorted(dir(v)) for suggestions, without calling __dir__
// overrides.
func dirNames(v Value) []string {
	seen := map[string]bool{}
	add := func(d *Dict) {
		if d == nil {
			return
		}
		for _, k := range dictKeyStrings(d) {
			seen[k] = true
		}
	}
	if m, ok := v.TryModule(); ok {
		add(m.Dict)
	} else {
		if a := v.Type().InstAttrs; a != nil {
			if at := a(v); at != nil {
				if at.dict != nil {
					add(at.dict)
				} else if at.layout != nil {
					for i, n := range at.layout.names {
						if i < len(at.values) && !at.values[i].IsNull() {
							seen[n.S] = true
						}
					}
				}
			}
		} else if v.Type() == MethodType {
			// A bound method's __dict__ is its function's (method_getattro).
			if d, err := GetAttr(v, Intern("__dict__")); err == nil {
				if dd, ok := d.TryDict(); ok {
					add(dd)
				}
			}
		}
		mro := v.Type().MRO
		if t, ok := v.TryType(); ok {
			mro = t.MRO
		}
		for _, t := range mro {
			add(t.Dict())
		}
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

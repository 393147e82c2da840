// This file defines strBuild, BUILD_STRING's concatenation of an
// f-string's parts. The parts are the f-string's constant texts and its
// formatted fields, so most are a few bytes long: the type check is
// inline (AsStr is a call per part), and short parts are copied by a
// byte loop instead of a memmove call each.

package runtime

import "strings"

// strBuild returns the concatenation of parts, which are all strs (an
// f-string's BUILD_STRING), sized once and copied once.
func strBuild(parts []Value) Value {
	n, ascii := 0, true
	for _, p := range parts {
		if p.Type().Flags&FlagStrSubclass == 0 {
			accessorPanic(p, "str") // the compiler only joins strs
		}
		s := ptrOf[Str](p)
		n += len(s.S)
		ascii = ascii && s.ascii == 1
	}
	if n <= 1 {
		var b strings.Builder
		for _, p := range parts {
			b.WriteString(ptrOf[Str](p).S)
		}
		return StrValue(b.String())
	}
	r, buf := newStrSpace(n)
	i := 0
	for _, p := range parts {
		s := ptrOf[Str](p).S
		if len(s) > 8 {
			i += copy(buf[i:], s)
			continue
		}
		d := buf[i : i+len(s)]
		for k := range d {
			d[k] = s[k]
		}
		i += len(s)
	}
	if ascii && n <= 1<<31-1 {
		r.n, r.ascii = int32(n), 1
	}
	return ValueOf(r)
}

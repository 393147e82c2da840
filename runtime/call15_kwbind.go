package runtime

// bindKwFast binds a keyword call to a builtin without *args or **kwargs
// when every keyword names a distinct parameter past the positional
// arguments and every required parameter ends up given (list.sort(key=),
// sorted(key=), str.split(sep=)). It reports false for anything else,
// and bindSlow then rebinds and produces CPython's error messages.
func (m *Method) bindKwFast(s *signature, args []Value, kwnames []*Str, buf []Value) ([]Value, bool) {
	nkw := len(kwnames)
	npos := len(args) - nkw
	if s.varargs >= 0 || s.varkw >= 0 || npos > s.nPos || npos < min(s.required, s.posOnly) ||
		len(args) > len(s.names) || m.Flags&MethOld != 0 {
		return nil, false
	}
	out := buf[:0]
	for range s.names {
		out = append(out, Value{})
	}
	copy(out, args[:npos])
	for i, kw := range kwnames {
		idx := -1
		for j := max(npos, s.posOnly); j < len(s.names); j++ {
			if s.names[j] == kw.S {
				idx = j
				break
			}
		}
		if idx < 0 || !out[idx].IsNull() {
			return nil, false
		}
		out[idx] = args[npos+i]
	}
	for i := range out {
		if out[i].IsNull() && !s.optional[i] {
			return nil, false
		}
	}
	return out, true
}

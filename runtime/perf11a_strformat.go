// This file defines the vectorcall entry of str.format: the positional
// arguments and keyword values arrive as the caller's registers, so a call
// such as "{0}-{name}".format(i, name=n) builds neither the *args tuple nor
// the **kwargs dict that binding its "*args, **kwargs" signature makes.
// Compiled formats (format_markup_cache.go) look keywords up in the call's
// names directly; the general formatter still gets a tuple-less args slice
// and a dict made here.

package runtime

import "strings"

// strFormatVec is str.format(*args, **kwargs) over unbound arguments:
// args holds the positional arguments, then the values of kwnames.
func strFormatVec(self Value, args []Value, kwnames []*Str) (Value, *Exception) {
	s := self.AsStr().S
	if !strings.ContainsAny(s, "{}") {
		return self, nil // CPython's writer returns the string itself when it is all literal
	}
	npos := len(args) - len(kwnames)
	if p := markupProgFor(s); p != nil {
		k := markupKw{names: kwnames, vals: args[npos:]}
		if kwnames == nil {
			k.names = []*Str{} // non-nil: a keyword field then raises KeyError
		}
		return p.runKw(args[:npos], k, false)
	}
	var kw Value
	if len(kwnames) > 0 {
		d := NewDictSized(len(kwnames))
		for i, name := range kwnames {
			if err := d.SetItem(ValueOf(name), args[npos+i]); err != nil {
				return Value{}, err
			}
		}
		kw = ValueOf(d)
	}
	return strFormatValue(s, args[:npos], kw, false)
}

// lookup returns the value of the keyword key, or raises KeyError(key) as
// the **kwargs dict would.
func (k *markupKw) lookup(key *Str) (Value, *Exception) {
	for i, name := range k.names {
		if name == key {
			return k.vals[i], nil
		}
	}
	for i, name := range k.names {
		if name.S == key.S {
			return k.vals[i], nil
		}
	}
	return Value{}, NewKeyError(ValueOf(key))
}

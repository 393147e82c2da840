// This file lets the front end decode source files whose coding
// declaration names a codec that only Python's codec registry provides.

package runtime

import "krait/syntax"

func init() { syntax.CodecHook = decodeSourceWithRegistry }

// decodeSourceWithRegistry decodes src through codecs.lookup(name), as
// CPython's tokenizer does for encodings it has no fast path for.
func decodeSourceWithRegistry(name, src string) (string, string, bool) {
	codecs, err := ImportModule("codecs")
	if err != nil {
		return "", "", false
	}
	info, err := CallMethod(codecs, "lookup", StrValue(name))
	if err != nil {
		return "", "", false
	}
	r, err := CallMethod(info, "decode", NewBytes([]byte(src)), StrValue("strict"))
	if err != nil {
		msg, _ := StrOf(err.Value())
		return "", msg.String(), true
	}
	t, ok := r.TryTuple()
	if !ok || t.Len() == 0 {
		return "", "decoder did not return a tuple", true
	}
	s, ok := t.Items()[0].TryStr()
	if !ok {
		return "", "decoder did not return a str", true
	}
	return s.String(), "", true
}

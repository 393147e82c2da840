// This file lets an object key that the document already used be found in
// the memo before it is decoded: json.loads of a list of records decoded
// every key into a new str object only for memoKey to drop it for the one
// the memo holds (eleven keys per record of json_work). A key of an ASCII
// document without escapes is its text between the quotes, which indexes
// the document's string directly.

package json

import "krait/runtime"

// memoHit returns the memo's str for the key whose text starts at start
// (just after its opening quote) and the index after its closing quote,
// with ok false when the key has escapes or control characters, the
// document is not ASCII, or the memo lacks the key: scanString decides.
func (sc *scan[E]) memoHit(start int) (key runtime.Value, next int, ok bool) {
	if len(sc.memo) == 0 {
		return runtime.Value{}, 0, false
	}
	ds := sc.doc.AsStr()
	if !ds.IsASCII() {
		return runtime.Value{}, 0, false
	}
	text := sc.text
	end := start
	for ; end < len(text); end++ {
		c := text[end]
		if c == '"' {
			break
		}
		if c == '\\' || c < 0x20 {
			return runtime.Value{}, 0, false
		}
	}
	if end >= len(text) {
		return runtime.Value{}, 0, false
	}
	key, ok = sc.memo[ds.S[start:end]]
	return key, end + 1, ok
}

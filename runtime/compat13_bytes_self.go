// This file holds the rule by which bytes methods that change nothing
// return the object itself, as CPython's return_self does: b.strip() is b
// when there is nothing to strip (test_bigmem checks it, and programs rely
// on it not copying a large buffer). bytearray results are always new.

package runtime

import "bytes"

// bytesOrSelf returns self when it is an exact bytes object and unchanged
// reports that out holds its bytes unchanged, else wrap(out).
func bytesOrSelf(self Value, wrap func([]byte) Value, out []byte, unchanged bool) Value {
	if unchanged && self.Type() == BytesType {
		return self
	}
	return wrap(out)
}

// replaceIsNoop reports the cases in which CPython's bytes.replace returns
// its input: old longer than the bytes, a count of 0, both empty, or old
// not found. (old found and replaced by itself still makes a new object.)
func replaceIsNoop(b, old, nw []byte, count int64) bool {
	switch {
	case len(b) < len(old), count == 0:
		return true
	case len(old) == 0:
		return len(nw) == 0
	}
	return !bytes.Contains(b, old)
}

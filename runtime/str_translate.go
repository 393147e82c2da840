// This file defines the cores of str.maketrans, str.translate, bytes.maketrans and
// bytes.translate. The vm owns the Python mapping of str.translate (any object with
// __getitem__): it looks each code point up and converts the answer for StrTranslate.
package runtime

import "strings"

// TranslateAction is what a str.translate table says about one code point.
type TranslateAction uint8

const (
	// TranslateKeep keeps the code point (the lookup raised LookupError).
	TranslateKeep TranslateAction = iota
	// TranslateDelete drops it (the table maps it to None).
	TranslateDelete
	// TranslateReplace replaces it by a string (the table maps it to a str, or to an int
	// that the vm turned into a one-character string after TranslateRangeCheck).
	TranslateReplace
)

// TranslateLookup answers for one code point; an error is a Python exception from the
// table's __getitem__ or from converting its answer.
type TranslateLookup func(c rune) (TranslateAction, string, *pyErr)

// TranslateRangeCheck validates an int answer of a translate table, as CPython does.
func TranslateRangeCheck(v int64) *pyErr {
	if v < 0 || v > 0x10FFFF {
		return &pyErr{"ValueError", "character mapping must be in range(0x110000)"}
	}
	return nil
}

// TranslateTypeError is the error for a translate table answer that is not an int, None
// or str.
func TranslateTypeError() *pyErr {
	return &pyErr{"TypeError", "character mapping must return integer, None or str"}
}

// StrTranslate is str.translate. Each distinct ASCII character is looked up once, as
// CPython caches them, so a table's __getitem__ runs as often as in CPython for ASCII text.
func StrTranslate(s string, lookup TranslateLookup) (string, *pyErr) {
	type cached struct {
		done bool
		act  TranslateAction
		rep  string
	}
	var ascii [128]cached
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c, size := decodeCodePoint(s, i)
		var act TranslateAction
		var rep string
		if c < 0x80 && ascii[c].done {
			act, rep = ascii[c].act, ascii[c].rep
		} else {
			var err *pyErr
			act, rep, err = lookup(c)
			if err != nil {
				return "", err
			}
			if c < 0x80 {
				ascii[c] = cached{true, act, rep}
			}
		}
		switch act {
		case TranslateKeep:
			b.WriteString(s[i : i+size])
		case TranslateReplace:
			b.WriteString(rep)
		}
		i += size
	}
	return b.String(), nil
}

// TransEntry is one item of the dict str.maketrans returns: Key maps to Value, or to None
// when Delete is set. Entries come in insertion order and may repeat a key, which then
// updates the earlier one in place, as the dict built by CPython does.
type TransEntry struct {
	Key, Value rune
	Delete     bool
}

// StrMakeTrans is str.maketrans(x, y[, z]) with string arguments (z "" when absent).
func StrMakeTrans(x, y, z string) ([]TransEntry, *pyErr) {
	xs, ys := codePoints(x), codePoints(y)
	if len(xs) != len(ys) {
		return nil, &pyErr{"ValueError", "the first two maketrans arguments must have equal length"}
	}
	out := make([]TransEntry, 0, len(xs)+len(z))
	for i, c := range xs {
		out = append(out, TransEntry{Key: c, Value: ys[i]})
	}
	for i := 0; i < len(z); {
		c, size := decodeCodePoint(z, i)
		out = append(out, TransEntry{Key: c, Delete: true})
		i += size
	}
	return out, nil
}

// The errors of str.maketrans with one argument, which the vm checks on the dict.
var (
	MakeTransNotDict   = &pyErr{"TypeError", "if you give only one argument to maketrans it must be a dict"}
	MakeTransKeyLength = &pyErr{"ValueError", "string keys in translate table must be of length 1"}
	MakeTransKeyType   = &pyErr{"TypeError", "keys in translate table must be strings or integers"}
)

// BytesMakeTrans is bytes.maketrans(from, to): the 256-byte table mapping from[i] to to[i].
func BytesMakeTrans(from, to []byte) ([]byte, *pyErr) {
	if len(from) != len(to) {
		return nil, &pyErr{"ValueError", "maketrans arguments must have same length"}
	}
	t := make([]byte, 256)
	for i := range t {
		t[i] = byte(i)
	}
	for i, c := range from {
		t[c] = to[i]
	}
	return t, nil
}

// BytesTranslate is bytes.translate(table, delete): table nil stands for None.
func BytesTranslate(b, table, del []byte) ([]byte, *pyErr) {
	if table != nil && len(table) != 256 {
		return nil, &pyErr{"ValueError", "translation table must be 256 characters long"}
	}
	var drop [256]bool
	for _, c := range del {
		drop[c] = true
	}
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if drop[c] {
			continue
		}
		if table != nil {
			c = table[c]
		}
		out = append(out, c)
	}
	return out, nil
}

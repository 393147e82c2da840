// This file defines the splitting and stripping methods of str: split and rsplit (on runs
// of whitespace or on a separator, with maxsplit), splitlines, partition, rpartition,
// strip, lstrip and rstrip, and the core of join, as CPython's stringlib does them.
package runtime

import (
	"math/bits"
	"strings"
)

func emptySeparator() *pyErr { return &pyErr{"ValueError", "empty separator"} }

// isSpaceAt decodes the code point at s[i] and reports whether it is whitespace.
func isSpaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < 0x80 {
		return asciiFlags[c]&uniSpace != 0, 1
	}
	c, size := decodeCodePoint(s, i)
	return uniHas(c, uniSpace), size
}

// isSpaceBefore decodes the code point ending at s[:j] and reports whether it is whitespace.
func isSpaceBefore(s string, j int) (bool, int) {
	if c := s[j-1]; c < 0x80 {
		return asciiFlags[c]&uniSpace != 0, 1
	}
	c, size := lastCodePoint(s[:j])
	return uniHas(c, uniSpace), size
}

// StrSplit is str.split(sep, maxsplit); sep nil means runs of whitespace, and a negative
// maxsplit means no limit.
func StrSplit(s string, sep *string, maxsplit int) ([]string, *pyErr) {
	if maxsplit < 0 {
		maxsplit = len(s) + 1
	}
	if sep == nil {
		return splitWhitespace(s, maxsplit), nil
	}
	if *sep == "" {
		return nil, emptySeparator()
	}
	n := strings.Count(s, *sep)
	return strings.SplitN(s, *sep, min(n, maxsplit)+1), nil
}

func splitWhitespace(s string, maxsplit int) []string {
	var out []string
	i := 0
	for ; maxsplit > 0; maxsplit-- {
		for i < len(s) {
			sp, size := isSpaceAt(s, i)
			if !sp {
				break
			}
			i += size
		}
		if i == len(s) {
			return out
		}
		j := i
		for i < len(s) {
			sp, size := isSpaceAt(s, i)
			if sp {
				break
			}
			i += size
		}
		out = append(out, s[j:i])
	}
	for i < len(s) {
		sp, size := isSpaceAt(s, i)
		if !sp {
			return append(out, s[i:])
		}
		i += size
	}
	return out
}

// StrRSplit is str.rsplit(sep, maxsplit), splitting from the right.
func StrRSplit(s string, sep *string, maxsplit int) ([]string, *pyErr) {
	if maxsplit < 0 {
		maxsplit = len(s) + 1
	}
	var out []string
	if sep == nil {
		out = rsplitWhitespace(s, maxsplit)
	} else {
		if *sep == "" {
			return nil, emptySeparator()
		}
		j := len(s)
		for ; maxsplit > 0; maxsplit-- {
			i := strings.LastIndex(s[:j], *sep)
			if i < 0 {
				break
			}
			out = append(out, s[i+len(*sep):j])
			j = i
		}
		out = append(out, s[:j])
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, nil
}

// rsplitWhitespace returns the fields of s from the right, last field first.
func rsplitWhitespace(s string, maxsplit int) []string {
	var out []string
	i := len(s)
	for ; maxsplit > 0; maxsplit-- {
		for i > 0 {
			sp, size := isSpaceBefore(s, i)
			if !sp {
				break
			}
			i -= size
		}
		if i == 0 {
			return out
		}
		j := i
		for i > 0 {
			sp, size := isSpaceBefore(s, i)
			if sp {
				break
			}
			i -= size
		}
		out = append(out, s[i:j])
	}
	for i > 0 {
		sp, size := isSpaceBefore(s, i)
		if !sp {
			return append(out, s[:i])
		}
		i -= size
	}
	return out
}

// StrSplitlines is str.splitlines: lines end at \n, \r, \r\n, \v, \f, \x1c, \x1d, \x1e,
// \x85, U+2028 and U+2029; keepends keeps the line boundaries.
func StrSplitlines(s string, keepends bool) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); {
		c, size := s[i], 1
		var brk bool
		if c < 0x80 {
			brk = asciiFlags[c]&uniLineBreak != 0
		} else {
			r, n := decodeCodePoint(s, i)
			size, brk = n, uniHas(r, uniLineBreak)
		}
		i += size
		if !brk {
			continue
		}
		eol := i - size
		if c == '\r' && i < len(s) && s[i] == '\n' {
			i++
		}
		if keepends {
			eol = i
		}
		out = append(out, s[start:eol])
		start = i
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}

// StrPartition is str.partition: the parts before, at and after the first sep.
func StrPartition(s, sep string) ([3]string, *pyErr) {
	if sep == "" {
		return [3]string{}, emptySeparator()
	}
	if i := strings.Index(s, sep); i >= 0 {
		return [3]string{s[:i], sep, s[i+len(sep):]}, nil
	}
	return [3]string{s, "", ""}, nil
}

// StrRPartition is str.rpartition: the parts before, at and after the last sep.
func StrRPartition(s, sep string) ([3]string, *pyErr) {
	if sep == "" {
		return [3]string{}, emptySeparator()
	}
	if i := strings.LastIndex(s, sep); i >= 0 {
		return [3]string{s[:i], sep, s[i+len(sep):]}, nil
	}
	return [3]string{"", "", s}, nil
}

// Which ends strip works on.
const (
	stripLeft  = 1
	stripRight = 2
	stripBoth  = 3
)

// StrStrip is str.strip(chars); chars nil means whitespace.
func StrStrip(s string, chars *string) string { return strStrip(s, chars, stripBoth) }

// StrLStrip is str.lstrip(chars).
func StrLStrip(s string, chars *string) string { return strStrip(s, chars, stripLeft) }

// StrRStrip is str.rstrip(chars).
func StrRStrip(s string, chars *string) string { return strStrip(s, chars, stripRight) }

func strStrip(s string, chars *string, which int) string {
	if chars == nil {
		return strStripSpace(s, which) // str13_strip.go
	}
	return strStripDecoding(s, chars, which)
}

// strStripDecoding is strStrip decoding a code point at each step.
func strStripDecoding(s string, chars *string, which int) string {
	in := func(i int) (bool, int) { return isSpaceAt(s, i) }
	inBefore := func(j int) (bool, int) { return isSpaceBefore(s, j) }
	if chars != nil {
		set := *chars
		in = func(i int) (bool, int) {
			size := cpLen(s, i)
			return strings.Contains(set, s[i:i+size]), size
		}
		inBefore = func(j int) (bool, int) {
			_, size := lastCodePoint(s[:j])
			return strings.Contains(set, s[j-size:j]), size
		}
	}
	i, j := 0, len(s)
	if which&stripLeft != 0 {
		for i < j {
			ok, size := in(i)
			if !ok {
				break
			}
			i += size
		}
	}
	if which&stripRight != 0 {
		for j > i {
			ok, size := inBefore(j)
			if !ok {
				break
			}
			j -= size
		}
	}
	return s[i:j]
}

// StrJoin is the core of str.join once the vm has checked that every item is a str.
func StrJoin(sep string, items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items, sep)
}

// splitWhitespaceASCII is str.split(None, maxsplit) for an ASCII str
// (maxsplit negative: no limit), straight to the list: the fields are
// counted first, so the items and the strs' headers are each allocated once
// at their final size (splitting a line into its words is the common use,
// and the general path grows a []string by doubling before it makes the
// headers). As in CPython, the field after the last split runs to the end
// of s, trailing whitespace included.
func splitWhitespaceASCII(self Value, s string, maxsplit int) Value {
	n := countFieldsASCII(s, maxsplit)
	if n == 1 && maxsplit != 0 && self.Type() == StrType && asciiSpace[s[0]] == 0 && asciiSpace[s[len(s)-1]] == 0 {
		// No whitespace: CPython's list holds the str itself (not for
		// maxsplit 0, whose lone field CPython copies).
		return strSplitOne(self)
	}
	l := newListLen(n) // items inline up to 16 (list_alloc.go)
	items := l.items
	hdrs := make([]Str, n)
	for i, k := 0, 0; k < n; k++ {
		for asciiSpace[s[i]] != 0 {
			i++
		}
		j := i
		if k == maxsplit {
			i = len(s)
		}
		for i < len(s) && asciiSpace[s[i]] == 0 {
			i++
		}
		if i-j == 1 {
			items[k] = ValueOf(&asciiStrs[s[j]])
			continue
		}
		h := &hdrs[k]
		h.typ, h.S, h.n, h.ascii, h.hash = StrType, s[j:i], int32(i-j), 1, -1
		items[k] = ValueOf(h)
	}
	return ValueOf(l)
}

// asciiSpace marks the ASCII whitespace of str.isspace (a static table:
// indexing it by a byte needs no bounds check or mask).
var asciiSpace = [256]uint8{'\t': 1, '\n': 1, '\v': 1, '\f': 1, '\r': 1, 0x1c: 1, 0x1d: 1, 0x1e: 1, 0x1f: 1, ' ': 1}

// countFieldsASCII is the number of fields str.split(None, maxsplit)
// makes of the ASCII s. Without a limit it counts the non-space bytes
// that follow a space (or start s) without branches: splitting text into
// words spends its time in this scan and the one building the fields.
func countFieldsASCII(s string, maxsplit int) int {
	n := 0
	if maxsplit < 0 {
		return countFieldsWords(s)
	}
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace[s[i]] != 0 {
			i++
		}
		if i == len(s) {
			break
		}
		n++
		if n > maxsplit {
			break // this field is the rest
		}
		for i < len(s) && asciiSpace[s[i]] == 0 {
			i++
		}
	}
	return n
}

// countFieldsWords counts the fields of the ASCII s eight bytes at a time:
// a word without control bytes has only ' ' as whitespace, so its spaces
// are its bytes below 0x21, and a field starts at each non-space byte
// whose predecessor is a space. Words with control bytes (tabs, newlines)
// go byte by byte through asciiSpace.
func countFieldsWords(s string) int {
	const hi, spc, ctl = 0x8080808080808080, 0x2121212121212121, 0x2020202020202020
	n, prev := 0, uint64(0x80) // prev: 0x80 when the byte before is a space (or none)
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := asciiWord64(s[i:]) | hi // no borrow crosses a byte below
		if ^(x-ctl)&hi != 0 {
			for _, c := range []byte(s[i : i+8]) {
				sp := uint64(asciiSpace[c]) << 7
				n += int((prev &^ sp) >> 7)
				prev = sp
			}
			continue
		}
		sp := ^(x - spc) & hi
		n += bits.OnesCount64(^sp & hi & (sp<<8 | prev))
		prev = sp >> 56
	}
	for ; i < len(s); i++ {
		sp := uint64(asciiSpace[s[i]]) << 7
		n += int((prev &^ sp) >> 7)
		prev = sp
	}
	return n
}

// splitSep is str.split(sep) without maxsplit, straight to the list as
// splitWhitespaceASCII does: the separators are counted first, so the items
// and the strs' headers are each allocated once at their final size, with
// no []string of the parts in between. sep is not empty; a negative
// maxsplit means no limit.
func splitSep(self Value, s, sep string, ascii bool, maxsplit int) Value {
	n := countSub(s, sep) // tmpl15_count.go
	if maxsplit >= 0 && maxsplit < n {
		n = maxsplit
	}
	if n == 0 && self.Type() == StrType {
		return strSplitOne(self) // unsplit: CPython's list holds the str itself
	}
	l := newListLen(n + 1)
	items := l.items
	hdrs := make([]Str, n+1)
	for k := 0; k <= n; k++ {
		j := len(s)
		if k < n {
			j = strings.Index(s, sep)
		}
		p := s[:j]
		if k < n {
			s = s[j+len(sep):]
		}
		if len(p) <= 1 {
			items[k] = StrValue(p)
			continue
		}
		h := &hdrs[k]
		h.typ, h.S, h.n, h.ascii, h.hash = StrType, p, -1, -1, -1
		if ascii {
			h.n, h.ascii = int32(len(p)), 1
		}
		items[k] = ValueOf(h)
	}
	return ValueOf(l)
}

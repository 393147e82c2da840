// This file defines the text methods of bytes and bytearray, which CPython implements on
// ASCII rules (Python/pyctype.c): case conversion and character classes of ASCII letters
// only, ASCII whitespace for split and strip, \n and \r for splitlines, positions in bytes.
// Results are fresh slices, so a bytearray may own them.
package runtime

import (
	"bytes"
	"fmt"
)

func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }
func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
func isASCIIAlpha(c byte) bool { return isASCIILower(c) || isASCIIUpper(c) }

func bytesMap(b []byte, f func(byte) byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		out[i] = f(c)
	}
	return out
}

func toLowerASCII(c byte) byte {
	if isASCIIUpper(c) {
		return c + 32
	}
	return c
}

func toUpperASCII(c byte) byte {
	if isASCIILower(c) {
		return c - 32
	}
	return c
}

// BytesLower is bytes.lower.
func BytesLower(b []byte) []byte { return bytesMap(b, toLowerASCII) }

// BytesUpper is bytes.upper.
func BytesUpper(b []byte) []byte { return bytesMap(b, toUpperASCII) }

// BytesSwapcase is bytes.swapcase.
func BytesSwapcase(b []byte) []byte {
	return bytesMap(b, func(c byte) byte {
		if isASCIIAlpha(c) {
			return c ^ 32
		}
		return c
	})
}

// BytesTitle is bytes.title.
func BytesTitle(b []byte) []byte {
	out := make([]byte, len(b))
	prevCased := false
	for i, c := range b {
		if prevCased {
			c = toLowerASCII(c)
		} else {
			c = toUpperASCII(c)
		}
		prevCased = isASCIIAlpha(c)
		out[i] = c
	}
	return out
}

// BytesCapitalize is bytes.capitalize.
func BytesCapitalize(b []byte) []byte {
	out := BytesLower(b)
	if len(out) > 0 {
		out[0] = toUpperASCII(out[0])
	}
	return out
}

func bytesAll(b []byte, f func(byte) bool) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if !f(c) {
			return false
		}
	}
	return true
}

// BytesIsAlpha is bytes.isalpha.
func BytesIsAlpha(b []byte) bool { return bytesAll(b, isASCIIAlpha) }

// BytesIsAlnum is bytes.isalnum.
func BytesIsAlnum(b []byte) bool {
	return bytesAll(b, func(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) })
}

// BytesIsDigit is bytes.isdigit.
func BytesIsDigit(b []byte) bool { return bytesAll(b, isASCIIDigit) }

// BytesIsSpace is bytes.isspace.
func BytesIsSpace(b []byte) bool { return bytesAll(b, isASCIISpace) }

// BytesIsASCII is bytes.isascii.
func BytesIsASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// BytesIsLower is bytes.islower: some lowercase letter and no uppercase one.
func BytesIsLower(b []byte) bool {
	return bytes.IndexFunc(b, func(r rune) bool { return r < 0x80 && isASCIIUpper(byte(r)) }) < 0 &&
		bytes.IndexFunc(b, func(r rune) bool { return r < 0x80 && isASCIILower(byte(r)) }) >= 0
}

// BytesIsUpper is bytes.isupper: some uppercase letter and no lowercase one.
func BytesIsUpper(b []byte) bool {
	return bytes.IndexFunc(b, func(r rune) bool { return r < 0x80 && isASCIILower(byte(r)) }) < 0 &&
		bytes.IndexFunc(b, func(r rune) bool { return r < 0x80 && isASCIIUpper(byte(r)) }) >= 0
}

// BytesIsTitle is bytes.istitle.
func BytesIsTitle(b []byte) bool {
	cased, prevCased := false, false
	for _, c := range b {
		switch {
		case isASCIIUpper(c):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isASCIILower(c):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// BytesFind is bytes.find with start and end as for StrFind, in bytes.
func BytesFind(b, sub []byte, start, end int) int {
	start, end = adjustIndices(start, end, len(b))
	if end-start < len(sub) {
		return -1
	}
	if i := bytes.Index(b[start:end], sub); i >= 0 {
		return start + i
	}
	return -1
}

// BytesRFind is bytes.rfind.
func BytesRFind(b, sub []byte, start, end int) int {
	start, end = adjustIndices(start, end, len(b))
	if end-start < len(sub) {
		return -1
	}
	if i := bytes.LastIndex(b[start:end], sub); i >= 0 {
		return start + i
	}
	return -1
}

// BytesIndexOf is bytes.index.
func BytesIndexOf(b, sub []byte, start, end int) (int, *pyErr) {
	if i := BytesFind(b, sub, start, end); i >= 0 {
		return i, nil
	}
	return 0, &pyErr{"ValueError", "subsection not found"}
}

// BytesRIndex is bytes.rindex.
func BytesRIndex(b, sub []byte, start, end int) (int, *pyErr) {
	if i := BytesRFind(b, sub, start, end); i >= 0 {
		return i, nil
	}
	return 0, &pyErr{"ValueError", "subsection not found"}
}

// BytesCount is bytes.count.
func BytesCount(b, sub []byte, start, end int) int {
	start, end = adjustIndices(start, end, len(b))
	if end-start < len(sub) {
		return 0
	}
	if len(sub) == 0 {
		return end - start + 1
	}
	return bytes.Count(b[start:end], sub)
}

// BytesStartsWith is bytes.startswith for one prefix.
func BytesStartsWith(b, prefix []byte, start, end int) bool {
	start, end = adjustIndices(start, end, len(b))
	return end-start >= len(prefix) && bytes.HasPrefix(b[start:end], prefix)
}

// BytesEndsWith is bytes.endswith for one suffix.
func BytesEndsWith(b, suffix []byte, start, end int) bool {
	start, end = adjustIndices(start, end, len(b))
	return end-start >= len(suffix) && bytes.HasSuffix(b[start:end], suffix)
}

// BytesReplace is bytes.replace; a negative count replaces all.
func BytesReplace(b, old, new []byte, count int) []byte {
	if count < 0 {
		count = len(b) + 1
	}
	return bytes.Replace(b, old, new, count)
}

// BytesSplit is bytes.split(sep, maxsplit); sep nil splits on runs of ASCII whitespace.
func BytesSplit(b, sep []byte, maxsplit int) ([][]byte, *pyErr) {
	if maxsplit < 0 {
		maxsplit = len(b) + 1
	}
	if sep == nil {
		return bytesSplitWhitespace(b, maxsplit), nil
	}
	if len(sep) == 0 {
		return nil, emptySeparator()
	}
	n := bytes.Count(b, sep)
	return copyAll(bytes.SplitN(b, sep, min(n, maxsplit)+1)), nil
}

func copyAll(parts [][]byte) [][]byte {
	for i, p := range parts {
		parts[i] = bytes.Clone(p)
		if parts[i] == nil {
			parts[i] = []byte{}
		}
	}
	return parts
}

func bytesSplitWhitespace(b []byte, maxsplit int) [][]byte {
	out := [][]byte{}
	i := 0
	for ; maxsplit > 0; maxsplit-- {
		for i < len(b) && isASCIISpace(b[i]) {
			i++
		}
		if i == len(b) {
			return copyAll(out)
		}
		j := i
		for i < len(b) && !isASCIISpace(b[i]) {
			i++
		}
		out = append(out, b[j:i])
	}
	for i < len(b) && isASCIISpace(b[i]) {
		i++
	}
	if i < len(b) {
		out = append(out, b[i:])
	}
	return copyAll(out)
}

// BytesRSplit is bytes.rsplit(sep, maxsplit).
func BytesRSplit(b, sep []byte, maxsplit int) ([][]byte, *pyErr) {
	if maxsplit < 0 {
		maxsplit = len(b) + 1
	}
	if sep != nil && len(sep) == 0 {
		return nil, emptySeparator()
	}
	out := [][]byte{}
	j := len(b)
	if sep == nil {
		for ; maxsplit > 0; maxsplit-- {
			for j > 0 && isASCIISpace(b[j-1]) {
				j--
			}
			if j == 0 {
				break
			}
			i := j
			for i > 0 && !isASCIISpace(b[i-1]) {
				i--
			}
			out = append(out, b[i:j])
			j = i
		}
		for j > 0 && isASCIISpace(b[j-1]) {
			j--
		}
		if j > 0 {
			out = append(out, b[:j])
		}
	} else {
		for ; maxsplit > 0; maxsplit-- {
			i := bytes.LastIndex(b[:j], sep)
			if i < 0 {
				break
			}
			out = append(out, b[i+len(sep):j])
			j = i
		}
		out = append(out, b[:j])
	}
	for i, k := 0, len(out)-1; i < k; i, k = i+1, k-1 {
		out[i], out[k] = out[k], out[i]
	}
	return copyAll(out), nil
}

// BytesSplitlines is bytes.splitlines: lines end at \n, \r or \r\n only.
func BytesSplitlines(b []byte, keepends bool) [][]byte {
	out := [][]byte{}
	start := 0
	for i := 0; i < len(b); {
		c := b[i]
		i++
		if c != '\n' && c != '\r' {
			continue
		}
		eol := i - 1
		if c == '\r' && i < len(b) && b[i] == '\n' {
			i++
		}
		if keepends {
			eol = i
		}
		out = append(out, b[start:eol])
		start = i
	}
	if start < len(b) {
		out = append(out, b[start:])
	}
	return copyAll(out)
}

// BytesPartition is bytes.partition.
func BytesPartition(b, sep []byte) ([3][]byte, *pyErr) {
	if len(sep) == 0 {
		return [3][]byte{}, emptySeparator()
	}
	if i := bytes.Index(b, sep); i >= 0 {
		return [3][]byte{bytes.Clone(b[:i]), bytes.Clone(sep), bytes.Clone(b[i+len(sep):])}, nil
	}
	return [3][]byte{bytes.Clone(b), {}, {}}, nil
}

// BytesRPartition is bytes.rpartition.
func BytesRPartition(b, sep []byte) ([3][]byte, *pyErr) {
	if len(sep) == 0 {
		return [3][]byte{}, emptySeparator()
	}
	if i := bytes.LastIndex(b, sep); i >= 0 {
		return [3][]byte{bytes.Clone(b[:i]), bytes.Clone(sep), bytes.Clone(b[i+len(sep):])}, nil
	}
	return [3][]byte{{}, {}, bytes.Clone(b)}, nil
}

// BytesStrip is bytes.strip(chars) for which = 1 (left), 2 (right) or 3 (both); chars nil
// strips ASCII whitespace.
func BytesStrip(b, chars []byte, which int) []byte {
	in := isASCIISpace
	if chars != nil {
		in = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
	}
	i, j := 0, len(b)
	if which&stripLeft != 0 {
		for i < j && in(b[i]) {
			i++
		}
	}
	if which&stripRight != 0 {
		for j > i && in(b[j-1]) {
			j--
		}
	}
	return append([]byte{}, b[i:j]...)
}

// BytesPad is bytes.center (align '^'), ljust ('<') and rjust ('>') with a one-byte fill.
func BytesPad(b []byte, width int, fill byte, align byte) ([]byte, *pyErr) {
	if width <= len(b) {
		return bytes.Clone(b), nil
	}
	if width > maxStrLen {
		return nil, &pyErr{"MemoryError", ""}
	}
	marg := width - len(b)
	left := 0
	switch align {
	case '^':
		left = marg/2 + (marg & width & 1)
	case '>':
		left = marg
	}
	out := bytes.Repeat([]byte{fill}, width)
	copy(out[left:], b)
	return out, nil
}

// BytesZfill is bytes.zfill.
func BytesZfill(b []byte, width int) ([]byte, *pyErr) {
	out, err := BytesPad(b, width, '0', '>')
	if err != nil || width <= len(b) {
		return out, err
	}
	if len(b) > 0 && (b[0] == '+' || b[0] == '-') {
		out[0], out[width-len(b)] = b[0], '0'
	}
	return out, nil
}

// BytesExpandTabs is bytes.expandtabs.
func BytesExpandTabs(b []byte, tabsize int) ([]byte, *pyErr) {
	out := make([]byte, 0, len(b))
	col := 0
	for _, c := range b {
		switch c {
		case '\t':
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				if len(out)+incr > maxStrLen {
					return nil, &pyErr{"MemoryError", ""}
				}
				col += incr
				for ; incr > 0; incr-- {
					out = append(out, ' ')
				}
			}
		case '\n', '\r':
			col = 0
			out = append(out, c)
		default:
			col++
			out = append(out, c)
		}
	}
	return out, nil
}

// BytesJoin is the core of bytes.join once the vm has the items as bytes.
func BytesJoin(sep []byte, items [][]byte) []byte {
	out := bytes.Join(items, sep)
	if out == nil {
		out = []byte{}
	}
	return out
}

// BytesHex is bytes.hex(sep, bytes_per_sep) with sep already checked to be one ASCII
// character, or "" for none: groups of |perSep| bytes counted from the right when perSep
// is positive and from the left when negative.
func BytesHex(b []byte, sep string, perSep int) string {
	const digits = "0123456789abcdef"
	if sep == "" || perSep == 0 || len(b) == 0 {
		out := make([]byte, 2*len(b))
		for i, c := range b {
			out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
		}
		return string(out)
	}
	group := perSep
	if group < 0 {
		group = -group
	}
	if group > len(b) {
		group = len(b)
	}
	out := make([]byte, 0, 3*len(b))
	for i, c := range b {
		boundary := i > 0 && (perSep < 0 && i%group == 0 || perSep > 0 && (len(b)-i)%group == 0)
		if boundary {
			out = append(out, sep[0])
		}
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

// BytesHexSepCheck validates the sep argument of bytes.hex.
func BytesHexSepCheck(sep string) *pyErr {
	if StrLen(sep) != 1 {
		return &pyErr{"ValueError", "sep must be length 1."}
	}
	if sep[0] >= 0x80 {
		return &pyErr{"ValueError", "sep must be ASCII."}
	}
	return nil
}

// BytesFromHex is bytes.fromhex(s): pairs of hex digits, with ASCII whitespace allowed
// between pairs.
func BytesFromHex(s string) ([]byte, *pyErr) {
	out := make([]byte, 0, len(s)/2)
	pos := 0 // in code points, for the error message
	for i := 0; i < len(s); {
		if isASCIISpace(s[i]) {
			i++
			pos++
			continue
		}
		hi := hexValue(s[i])
		if hi < 0 {
			return nil, fromHexError(pos)
		}
		if i+1 >= len(s) {
			return nil, fromHexError(pos + 1)
		}
		lo := hexValue(s[i+1])
		if lo < 0 {
			return nil, fromHexError(pos + 1)
		}
		out = append(out, byte(hi<<4|lo))
		i += 2
		pos += 2
	}
	return out, nil
}

func fromHexError(pos int) *pyErr {
	return &pyErr{"ValueError", fmt.Sprintf("non-hexadecimal number found in fromhex() arg at position %d", pos)}
}

// This file defines strStripSpace, str.strip(), lstrip() and rstrip()
// without arguments: the ends are scanned byte by byte against the ASCII
// whitespace table, and only a non-ASCII byte at an end hands the rest to
// the decoding loop (which then strips the same code points it would have
// from the start, as stripping is greedy from each end).

package runtime

// strStripSpace strips whitespace from the ends of s selected by which.
func strStripSpace(s string, which int) string {
	i, j := 0, len(s)
	if which&stripLeft != 0 {
		for i < j && s[i] < 0x80 && asciiFlags[s[i]&0x7f]&uniSpace != 0 {
			i++
		}
	}
	if which&stripRight != 0 {
		for j > i && s[j-1] < 0x80 && asciiFlags[s[j-1]&0x7f]&uniSpace != 0 {
			j--
		}
	}
	if i < j && (which&stripLeft != 0 && s[i] >= 0x80 || which&stripRight != 0 && s[j-1] >= 0x80) {
		return strStripDecoding(s[i:j], nil, which) // U+0085, U+00A0, U+3000...
	}
	return s[i:j]
}

// This file defines asciiPrefixLen, which lets code point counting skip
// the ASCII run at the start of a str eight bytes at a time: f-string and
// format() padding count the code points of every formatted field, and
// almost all of them are ASCII.

package runtime

// asciiPrefixLen returns the length of the longest prefix of s that is all
// ASCII, to a multiple of eight bytes or the end of s (the caller decodes
// whatever follows, so a short ASCII tail left over is still counted right).
func asciiPrefixLen(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			return i
		}
	}
	for ; i < len(s) && s[i] < 0x80; i++ {
	}
	return i
}

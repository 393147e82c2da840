// This file checks that wordTable, built at start-up without the Unicode
// bitmap, agrees with isWord and isUniWord.

package sre

import "testing"

func TestWordTableMatchesClassifiers(t *testing.T) {
	for c := uint32(0); c < 256; c++ {
		want := uint8(0)
		if isWord(c) {
			want |= 1
		}
		if isUniWord(c) {
			want |= 2
		}
		if wordTable[c] != want {
			t.Errorf("wordTable[%#x] = %d, want %d", c, wordTable[c], want)
		}
	}
}

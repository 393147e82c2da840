// This file exports the name data that unicodedata.lookup needs beyond
// the character names: formal aliases and named sequences.

package syntax

// LookupUnicodeAlias returns the code point of a formal name alias
// (NameAliases.txt), matched case-insensitively.
func LookupUnicodeAlias(name string) (rune, bool) {
	name = asciiUpper(name)
	for _, a := range unicodeAliases {
		if a.name == name {
			return a.r, true
		}
	}
	return 0, false
}

// LookupNamedSequence returns the characters of a named sequence
// (NamedSequences.txt), matched case-insensitively.
func LookupNamedSequence(name string) (string, bool) {
	name = asciiUpper(name)
	for _, s := range unicodeNamedSequences {
		if s.name == name {
			return s.seq, true
		}
	}
	return "", false
}

// This file defines the character classes of str (isalpha, isdigit, ..., isidentifier,
// istitle) exactly as CPython 3.11 decides them from Unicode 14.0, through the generated
// tables of str_tables.go, with ASCII answered without a table lookup.
package runtime

// uniRecord is the Unicode data of one code point: property flags and its four full case
// mappings. A mapping below uniSpecialBase is the delta from the code point to its one-code-
// point mapping; from uniSpecialBase up it indexes uniSpecial.
type uniRecord struct {
	flags                     uint16
	upper, lower, title, fold int32
}

const uniSpecialBase = 1 << 24

// The property flags of uniRecord, as the generator computes them from python3.11.
const (
	uniAlpha       = 1 << iota // str.isalpha
	uniDecimal                 // str.isdecimal
	uniDigit                   // str.isdigit
	uniNumeric                 // str.isnumeric
	uniSpace                   // str.isspace
	uniPrintable               // str.isprintable
	uniUpper                   // Py_UNICODE_ISUPPER (Uppercase)
	uniLower                   // Py_UNICODE_ISLOWER (Lowercase)
	uniTitle                   // Py_UNICODE_ISTITLE (Lt)
	uniCased                   // Cased, for title() and the final sigma
	uniIgnorable               // Case_Ignorable, for the final sigma
	uniXIDStart                // XID_Start or '_'
	uniXIDContinue             // XID_Continue
	uniLineBreak               // a line boundary of str.splitlines
	uniNamed                   // has a name in unicodedata
)

// uniLookup returns the record of the code point c (a surrogate or any rune up to U+10FFFF;
// anything else gets the record of an unassigned code point).
func uniLookup(c rune) *uniRecord {
	if uint32(c) > 0x10FFFF {
		c = 0x10FFFF
	}
	blk := uniIndex1[c>>uniShift]
	return &uniRecords[uniIndex2[int(blk)<<uniShift|int(c)&(1<<uniShift-1)]]
}

// uniHas reports whether c has any of the property flags in mask.
func uniHas(c rune, mask uint16) bool { return uniLookup(c).flags&mask != 0 }

// asciiFlags are the property flags of the ASCII characters, so that pure-ASCII strings
// never touch the two-level table.
var asciiFlags = func() (t [128]uint16) {
	for c := range t {
		t[c] = uniLookup(rune(c)).flags
	}
	return
}()

// strAll reports whether s is non-empty and every code point has one of the flags in mask:
// the shape of isalpha, isdecimal, isdigit, isnumeric, isspace and isalnum.
func strAll(s string, mask uint16) bool {
	if len(s) == 0 {
		return false
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < 0x80 {
			if asciiFlags[c]&mask == 0 {
				return false
			}
			i++
			continue
		}
		c, size := decodeCodePoint(s, i)
		if !uniHas(c, mask) {
			return false
		}
		i += size
	}
	return true
}

// StrIsAlpha is str.isalpha.
func StrIsAlpha(s string) bool { return strAll(s, uniAlpha) }

// StrIsDecimal is str.isdecimal.
func StrIsDecimal(s string) bool { return strAll(s, uniDecimal) }

// StrIsDigit is str.isdigit.
func StrIsDigit(s string) bool { return strAll(s, uniDigit) }

// StrIsNumeric is str.isnumeric.
func StrIsNumeric(s string) bool { return strAll(s, uniNumeric) }

// StrIsAlnum is str.isalnum: every character is alphabetic or numeric in any sense.
func StrIsAlnum(s string) bool { return strAll(s, uniAlpha|uniDecimal|uniDigit|uniNumeric) }

// StrIsSpace is str.isspace.
func StrIsSpace(s string) bool { return strAll(s, uniSpace) }

// StrIsPrintable is str.isprintable; unlike the others it is true for "".
func StrIsPrintable(s string) bool { return s == "" || strAll(s, uniPrintable) }

// StrIsASCII is str.isascii.
func StrIsASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if load64(s, i)&hiBits != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// StrIsIdentifier is str.isidentifier: XID_Start or '_' first, XID_Continue after.
func StrIsIdentifier(s string) bool {
	if len(s) == 0 {
		return false
	}
	c, size := decodeCodePoint(s, 0)
	if !uniHas(c, uniXIDStart) {
		return false
	}
	return s[size:] == "" || strAll(s[size:], uniXIDContinue)
}

// StrIsUpper is str.isupper: no lowercase or titlecase character and at least one uppercase.
func StrIsUpper(s string) bool { return strCaseTest(s, uniUpper, uniLower|uniTitle) }

// StrIsLower is str.islower: no uppercase or titlecase character and at least one lowercase.
func StrIsLower(s string) bool { return strCaseTest(s, uniLower, uniUpper|uniTitle) }

func strCaseTest(s string, want, reject uint16) bool {
	found := false
	for i := 0; i < len(s); {
		var f uint16
		if c := s[i]; c < 0x80 {
			f = asciiFlags[c]
			i++
		} else {
			r, size := decodeCodePoint(s, i)
			f = uniLookup(r).flags
			i += size
		}
		if f&reject != 0 {
			return false
		}
		if f&want != 0 {
			found = true
		}
	}
	return found
}

// StrIsTitle is str.istitle: uppercase and titlecase characters only follow uncased ones,
// lowercase only cased ones, and there is at least one cased character.
func StrIsTitle(s string) bool {
	cased, prevCased := false, false
	for i := 0; i < len(s); {
		c, size := decodeCodePoint(s, i)
		i += size
		f := uniLookup(c).flags
		switch {
		case f&(uniUpper|uniTitle) != 0:
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case f&uniLower != 0:
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

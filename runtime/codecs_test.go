// This file tests Encode and Decode against python3.11: random strings and byte strings
// through every codec and error handler, comparing results and exception messages.
package runtime

import (
	"math/rand"
	"strings"
	"testing"
)

var (
	testEncodings = []string{"utf-8", "UTF8", "utf-16", "utf-16-le", "utf_16_be", "utf-32",
		"utf-32-le", "utf-32-be", "ascii", "latin-1", "iso-8859-1", "cp1252", "windows-1252",
		"unicode_escape", "raw_unicode_escape", "koi8-x"}
	testHandlers = []string{"strict", "ignore", "replace", "backslashreplace",
		"xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass", "bogus"}
	// byteAtoms are the pieces random byte strings are made of: lead bytes, continuation
	// bytes, BOMs, UTF-16 and UTF-32 surrogates, escapes.
	byteAtoms = []string{"a", "\x00", "\x80", "\xbf", "\xc0", "\xc2", "\xe0", "\xe2\x82", "\xed",
		"\xa0", "\xf0", "\xf4", "\x90", "\xff", "\xfe", "\xff\xfe", "\xfe\xff", "\x00\xd8",
		"\x00\xdc", "\xd8\x00", "\x81", "\x9d", "\xe9", "\\", "\\x4", "\\u00e9", "\\U0001F600",
		"\\U00110000", "\\N{DIGIT ONE}", "\\N{bogus}", "\\N{", "\\N", "\\777", "\\q", "\\\\u0041",
		"\\u", "\xed\xa0\x80", "\xed\xb2\x80", "\xf0\x9f\x98\x80", "\x00\x00\x11\x00", "}"}
)

func randBytes(rng *rand.Rand) []byte {
	var b []byte
	if rng.Intn(3) == 0 {
		b = append(b, randStr(rng, 4)...)
	}
	for n := rng.Intn(6); n > 0; n-- {
		b = append(b, byteAtoms[rng.Intn(len(byteAtoms))]...)
	}
	return b
}

func TestCodecsRandom(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(8))
	for i := 0; i < 10000; i++ {
		enc := testEncodings[rng.Intn(len(testEncodings))]
		h := testHandlers[rng.Intn(len(testHandlers))]
		s := randStr(rng, 8)
		r, err := Encode(s, enc, h)
		o.check(r, err.pyErr(), "encode", s, enc, h)
		b := randBytes(rng)
		if rng.Intn(3) == 0 {
			if eb, err := Encode(randStr(rng, 6), enc, "surrogatepass"); err == nil {
				b = append(eb, b[:len(b)/3]...)
			}
		}
		d, err := Decode(b, enc, h)
		o.check(d, err.pyErr(), "decode", b, enc, h)
	}
}

// pyErr converts for comparison, keeping nil.
func (e *CodecError) pyErr() *pyErr {
	if e == nil {
		return nil
	}
	return e.PyErr()
}

// TestCodecNames checks the names of namereplace and \N{...} against unicodedata.name
// for every code point.
func TestCodecNames(t *testing.T) {
	o := newOracle(t)
	r, err := o.call("names")
	if err != nil {
		t.Fatal(err)
	}
	want, bad := strings.Split(r.(string), "\n"), 0
	for c := rune(0); c <= 0x10FFFF; c++ {
		name, ok := unicodeName(c)
		if name != want[c] || ok != (want[c] != "") {
			if bad++; bad < 5 {
				t.Errorf("name(%U) = %q, want %q", c, name, want[c])
			}
			continue
		}
		if ok && !strings.HasPrefix(name, "HANGUL SYLLABLE ") {
			query := name
			if !strings.HasPrefix(name, "CJK UNIFIED IDEOGRAPH-") {
				query = strings.ToLower(name)
			}
			if back, found := lookupName(query); !found || back != c {
				if bad++; bad < 5 {
					t.Errorf("lookupName(%q) = %U, %v", name, back, found)
				}
			}
		}
	}
}

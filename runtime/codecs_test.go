// This file tests Encode and Decode against python3.11: random strings and byte strings
// through every codec and error handler, comparing results and exception messages.
package runtime

import (
	"math/rand"
	"slices"
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

// TestCodecErrorAttributes compares the attributes of UnicodeEncodeError and
// UnicodeDecodeError, which the vm exposes as exc.encoding, .object, .start, .end, .reason.
func TestCodecErrorAttributes(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(11))
	for i := 0; i < 2000; i++ {
		enc := testEncodings[rng.Intn(len(testEncodings)-1)]
		h := []string{"strict", "surrogateescape", "surrogatepass"}[rng.Intn(3)]
		s := randStr(rng, 8)
		_, err := Encode(s, enc, h)
		var got any
		if err != nil && err.Kind == "UnicodeEncodeError" {
			got = []any{err.Kind, err.Encoding, err.Str, int64(err.Start), int64(err.End), err.Reason}
		}
		o.check(got, nil, "encerr", s, enc, h)
		b := randBytes(rng)
		_, err = Decode(b, enc, h)
		got = nil
		if err != nil && err.Kind == "UnicodeDecodeError" {
			got = []any{err.Kind, err.Encoding, pyBytes(err.Bytes), int64(err.Start), int64(err.End), err.Reason}
		}
		o.check(got, nil, "decerr", b, enc, h)
	}
}

// TestStrNoPanicOnBadBytes runs the str functions on byte strings that are not WTF-8:
// they must not panic (a str never holds such bytes, but a bug elsewhere must not crash).
func TestStrNoPanicOnBadBytes(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	for i := 0; i < 3000; i++ {
		s := string(randBytes(rng))
		sep := string(randBytes(rng))
		for _, cf := range caseFuncs {
			cf.f(s)
		}
		for _, cf := range classFuncs {
			cf.f(s)
		}
		StrFind(s, sep, 1, 5)
		StrRFind(s, sep, -3, 100)
		StrCount(s, sep, 0, 3)
		StrSplit(s, nil, -1)
		StrRSplit(s, &sep, 2)
		StrSplitlines(s, true)
		StrStrip(s, &sep)
		StrRStrip(s, nil)
		StrCenter(s, 20, "*")
		StrExpandTabs(s, 4)
		StrReplace(s, "", "-", 3)
		StrLen(s)
		if x := NewStrIndex(s); x.Len() > 0 {
			lo, hi, n := SliceIndices(x.Len(), -1, 0, -2)
			StrSlice(s, x, lo, hi, -2, n)
			StrCodePointAt(s, x, x.Len()-1)
		}
		Encode(s, "utf-16", "surrogatepass")
		Encode(s, "cp1252", "namereplace")
	}
}

// TestUnicodeEscapeWarning compares the DeprecationWarning of unicode_escape decoding.
func TestUnicodeEscapeWarning(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(13))
	extra := []string{"\\q", "\\777", "\\400", "\\377", "\\\xe9", "\\8", "\\N{DIGIT ONE}"}
	for i := 0; i < 1500; i++ {
		b := randBytes(rng)
		if rng.Intn(2) == 0 {
			b = append(b, extra[rng.Intn(len(extra))]...)
		}
		h := []string{"strict", "replace"}[rng.Intn(2)]
		_, w, err := DecodeWarn(b, "unicode_escape", h)
		var got any = w
		if err != nil {
			got = nil
		}
		o.check(got, nil, "escwarn", b, h)
	}
}

// TestDecodeStateful compares the _codecs decoders with a final flag, which incremental
// decoders (io.TextIOWrapper) call on chunks, and utf_16_ex_decode/utf_32_ex_decode.
func TestDecodeStateful(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(14))
	fns := map[string]string{"utf-8": "utf_8_decode", "utf-16": "utf_16_decode",
		"utf-16-le": "utf_16_le_decode", "utf-16-be": "utf_16_be_decode",
		"utf-32": "utf_32_decode", "utf-32-le": "utf_32_le_decode",
		"utf-32-be": "utf_32_be_decode", "unicode_escape": "unicode_escape_decode",
		"raw_unicode_escape": "raw_unicode_escape_decode"}
	var encs []string
	for e := range fns {
		encs = append(encs, e)
	}
	slices.Sort(encs)
	for i := 0; i < 4000; i++ {
		enc := encs[rng.Intn(len(encs))]
		h := testHandlers[rng.Intn(len(testHandlers)-1)]
		b := randBytes(rng)
		if rng.Intn(2) == 0 {
			if eb, err := Encode(randStr(rng, 4), enc, "surrogatepass"); err == nil {
				b = eb[:rng.Intn(len(eb)+1)]
			}
		}
		final := rng.Intn(3) == 0
		s, n, err := DecodeStateful(b, enc, h, final)
		var got any
		if err == nil {
			got = []any{s, int64(n)}
		}
		o.check(got, err.pyErr(), "stateful", b, fns[enc], h, final)
		if rng.Intn(2) == 0 {
			width, fn := 16, "utf_16_ex_decode"
			if rng.Intn(2) == 0 {
				width, fn = 32, "utf_32_ex_decode"
			}
			bo := rng.Intn(3) - 1
			s, n, order, err := DecodeUTFEx(b, width, h, bo, final)
			got = nil
			if err == nil {
				got = []any{s, int64(n), int64(order)}
			}
			o.check(got, err.pyErr(), "utfex", b, fn, h, bo, final)
		}
	}
}

// TestCharmap runs the charmap cores with the tables of Lib/encodings' single-byte codecs.
func TestCharmap(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(15))
	for _, name := range []string{"cp437", "koi8_r", "cp1251", "iso8859_7", "mac_roman", "cp1252", "cp875"} {
		r, err := o.call("cmtable", name)
		if err != nil {
			t.Fatal(err)
		}
		table := r.(string)
		m := CharmapBuild(table)
		tcs := codePoints(table)
		for i := 0; i < 300; i++ {
			h := testHandlers[rng.Intn(len(testHandlers)-1)]
			// Strings from the table's own characters, some from outside it.
			var sb []byte
			for k := rng.Intn(8); k > 0; k-- {
				if rng.Intn(3) == 0 {
					sb = append(sb, randStr(rng, 1)...)
				} else {
					sb = appendCodePoint(sb, tcs[rng.Intn(256)])
				}
			}
			s := string(sb)
			out, err := CharmapEncode(s, h, m)
			o.check(out, err.pyErr(), "encode", s, name, h)
			b := make([]byte, rng.Intn(8))
			for k := range b {
				b[k] = byte(rng.Intn(256))
			}
			d, err := CharmapDecode(b, h, table)
			o.check(d, err.pyErr(), "cmdecode", b, name, h)
		}
	}
}

// TestBytesEscape compares codecs.escape_decode (with its warning) and escape_encode.
func TestBytesEscape(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(17))
	extra := []string{"\\q", "\\777", "\\x4", "\\x4g", "\\xff", "\\", "\\'", "\\\n", "\\N{x}"}
	for i := 0; i < 1500; i++ {
		b := randBytes(rng)
		if rng.Intn(2) == 0 {
			b = append(b, extra[rng.Intn(len(extra))]...)
		}
		h := []string{"strict", "ignore", "replace", "bogus"}[rng.Intn(4)]
		r, w, err := BytesEscapeDecode(b, h)
		var got any
		if err == nil {
			got = []any{pyBytes(r), w}
		}
		o.check(got, err, "escdec", b, h)
		o.check(BytesEscapeEncode(b), nil, "escenc", b)
	}
}

// This file defines how source bytes become text: the UTF-8 BOM and PEP 263
// coding declarations, as CPython 3.11's decode_str handles the bytes given
// to compile().

package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// decodeSource turns src, whose line endings are already "\n", into the text
// the tokenizer reads. hasEncoding tells whether CPython's tokenizer would
// know an encoding (a BOM or a declaration), which decides whether the
// parser's error offsets count code points or bytes. A source that is
// UTF-8 by default is not validated here: as in CPython's compile(), only
// identifiers and string literals are (by the tokenizer and the string
// parser); when reading a script file, CPython checks each line as it
// reads it (the tokenizer does that in file mode).
func decodeSource(src string, filename string, fileMode bool) (text string, hasEncoding bool, err *SyntaxError) {
	bom := strings.HasPrefix(src, "\xef\xbb\xbf")
	if bom {
		src = src[3:]
	}
	name, err := codingSpec(src, filename, bom)
	if err != nil {
		if fileMode {
			err.Offset = 0
		}
		return "", false, err
	}
	if name == "" || name == "utf-8" {
		return src, bom || name != "", nil
	}
	text, msg := decodeWith(name, src)
	if msg != "" {
		if fileMode {
			// The script reader reports any failure of the codec so,
			// raised without a location, so no File line is printed.
			return "", true, &SyntaxError{Msg: "encoding problem: " + name}
		}
		return "", true, &SyntaxError{Msg: msg, Filename: filename, Offset: -1}
	}
	return text, true, nil
}

// codingSpec finds the coding declaration of line 1, or of line 2 when line
// 1 holds only blanks or a comment, and returns its normalized name.
func codingSpec(src, filename string, bom bool) (string, *SyntaxError) {
	line1, rest, ok := strings.Cut(src, "\n")
	if !ok {
		return "", nil // CPython looks only at complete lines
	}
	name, code := lineCodingSpec(line1)
	if name == "" && !code {
		if line2, _, ok := strings.Cut(rest, "\n"); ok {
			name, _ = lineCodingSpec(line2)
		}
	}
	if name != "" && bom && name != "utf-8" {
		return "", &SyntaxError{Msg: "encoding problem: " + name + " with BOM", Filename: filename, Offset: -1}
	}
	return name, nil
}

// lineCodingSpec is get_coding_spec for one line: the normalized name of a
// "coding[:=] name" in a comment that is alone on the line; code reports
// that the line holds something other than blanks and a comment.
func lineCodingSpec(line string) (name string, code bool) {
	i := 0
	for ; i < len(line)-6; i++ {
		if line[i] == '#' {
			break
		}
		if line[i] != ' ' && line[i] != '\t' && line[i] != '\014' {
			return "", true
		}
	}
	for ; i < len(line)-6; i++ {
		if line[i:i+6] != "coding" {
			continue
		}
		j := i + 6
		if line[j] != ':' && line[j] != '=' {
			continue
		}
		j++
		for j < len(line) && (line[j] == ' ' || line[j] == '\t') {
			j++
		}
		b := j
		for j < len(line) && isCodingChar(line[j]) {
			j++
		}
		if b < j {
			return normalName(line[b:j]), false
		}
	}
	for k := 0; k < len(line); k++ {
		c := line[k]
		if c == '#' {
			break
		}
		if c != ' ' && c != '\t' && c != '\014' {
			return "", true
		}
	}
	return "", false
}

func isCodingChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
}

// normalName is get_normal_name: the spellings of UTF-8 and Latin-1 that
// the tokenizer recognizes itself (looking at 12 characters at most).
func normalName(s string) string {
	b := []byte(s)
	if len(b) > 12 {
		b = b[:12]
	}
	for i, c := range b {
		if c == '_' {
			b[i] = '-'
		} else if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	n := string(b)
	switch {
	case n == "utf-8" || strings.HasPrefix(n, "utf-8-"):
		return "utf-8"
	case n == "latin-1" || n == "iso-8859-1" || n == "iso-latin-1" || strings.HasPrefix(n, "latin-1-") ||
		strings.HasPrefix(n, "iso-8859-1-") || strings.HasPrefix(n, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// decodeWith decodes src with the codec Python knows as name; on failure it
// returns the message of the exception CPython reports.
func decodeWith(name, src string) (string, string) {
	mod := codecModule(name)
	if table, ok := charmapTables()[mod]; ok {
		return decodeCharmap(table, src)
	}
	if nonTextCodecs()[mod] {
		return "", fmt.Sprintf("'%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs", name)
	}
	switch mod {
	case "latin_1", "charmap":
		var sb strings.Builder
		sb.Grow(len(src) + len(src)/8)
		for i := 0; i < len(src); i++ {
			sb.WriteRune(rune(src[i]))
		}
		return sb.String(), ""
	case "ascii":
		for i := 0; i < len(src); i++ {
			if src[i] >= 128 {
				return "", fmt.Sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", src[i], i)
			}
		}
		return src, ""
	case "utf_8", "utf_8_sig":
		if !utf8.ValidString(src) {
			return "", utf8ErrorText(src)
		}
		return src, ""
	}
	if enc := multiByteCodecs[mod]; enc != nil {
		out, err := enc.NewDecoder().String(src)
		if err != nil {
			return "", fmt.Sprintf("'%s' codec can't decode bytes: %v", mod, err)
		}
		return out, ""
	}
	if CodecHook != nil {
		if out, msg, known := CodecHook(name, src); known {
			return out, msg
		}
	}
	return "", "unknown encoding: " + name
}

// CodecHook, set by the runtime, decodes src with a codec of Python's
// registry that this package does not know itself (cp932, cp949 and other
// codecs written in Python or in native modules). known is false when the
// registry has no such codec; msg is the decoding error's text.
var CodecHook func(name, src string) (out, msg string, known bool)

// multiByteCodecs are the CJK and UTF-16/32 codecs, decoded by x/text
// (whose error messages are not CPython's).
var multiByteCodecs = map[string]encoding.Encoding{
	"euc_jp":     japanese.EUCJP,
	"shift_jis":  japanese.ShiftJIS,
	"iso2022_jp": japanese.ISO2022JP,
	"euc_kr":     korean.EUCKR,
	"gbk":        simplifiedchinese.GBK,
	"gb2312":     simplifiedchinese.GBK,
	"gb18030":    simplifiedchinese.GB18030,
	"hz":         simplifiedchinese.HZGB2312,
	"big5":       traditionalchinese.Big5,
	"utf_16":     unicode.UTF16(unicode.LittleEndian, unicode.UseBOM),
	"utf_16_le":  unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM),
	"utf_16_be":  unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM),
}

// codecModule finds the module of Python's encodings package that
// implements the codec name, as encodings.search_function does.
func codecModule(name string) string {
	key := pyCodecKey(name)
	if m, ok := codecAliases()[key]; ok {
		return m
	}
	if m, ok := codecAliases()[strings.ReplaceAll(key, ".", "_")]; ok {
		return m
	}
	return key
}

// decodeCharmap decodes src with a single-byte codec's table.
func decodeCharmap(table, src string) (string, string) {
	var runes [256]rune
	i := 0
	for _, r := range table {
		if i < 256 {
			runes[i] = r
		}
		i++
	}
	var sb strings.Builder
	sb.Grow(len(src) + len(src)/4)
	for i := 0; i < len(src); i++ {
		r := runes[src[i]]
		if r == 0xFFFE {
			return "", fmt.Sprintf("'charmap' codec can't decode byte 0x%02x in position %d: character maps to <undefined>", src[i], i)
		}
		sb.WriteRune(r)
	}
	return sb.String(), ""
}

// pyCodecKey is the key Python's encodings package looks a codec up by:
// lower case, runs of other characters than letters, digits and '.' turned
// into one '_'.
func pyCodecKey(name string) string {
	var sb strings.Builder
	pending := false
	for _, r := range strings.ToLower(name) {
		if r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '.') {
			if pending && sb.Len() > 0 {
				sb.WriteByte('_')
			}
			pending = false
			sb.WriteRune(r)
		} else {
			pending = true
		}
	}
	return sb.String()
}

// utf8ErrorText is the text of the UnicodeDecodeError CPython's UTF-8
// decoder raises for the first bad sequence in s (which must have one).
func utf8ErrorText(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || n > 1 {
			i += n
			continue
		}
		end, reason := utf8BadSpan(s, i)
		if end-i == 1 {
			return fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: %s", s[i], i, reason)
		}
		return fmt.Sprintf("'utf-8' codec can't decode bytes in position %d-%d: %s", i, end-1, reason)
	}
	return "'utf-8' codec can't decode: unknown error"
}

// utf8BadSpan returns the end of the invalid sequence starting at s[i] and
// the reason, as CPython's decoder delimits them.
func utf8BadSpan(s string, i int) (int, string) {
	c := s[i]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return i + 1, "invalid start byte"
	}
	j := i + 1
	for k := 0; k < need; k++ {
		if j >= len(s) {
			return len(s), "unexpected end of data"
		}
		b := s[j]
		if k == 0 && (b < lo || b > hi) || k > 0 && (b < 0x80 || b > 0xBF) {
			return j, "invalid continuation byte"
		}
		j++
	}
	return j, "invalid continuation byte"
}

// This file defines the XML declaration (and the text declaration of
// external entities): its pseudo-attributes, XmlDeclHandler, and the
// switch to the declared encoding.

package pyexpat

import "strings"

// xmlDeclInfo is a parsed XML or text declaration.
type xmlDeclInfo struct {
	version, encoding *string
	standalone        int
	encPos            int // offset of the encoding name in the token
}

// pseudoAttr is one name="value" of an XML declaration: offsets in the
// token, with val and end (after the closing quote).
type pseudoAttr struct {
	name, nameEnd, val, end int
}

func isDeclSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// parsePseudoAttr reads the pseudo-attribute at b[i:end], as expat's
// parsePseudoAttribute: it reports (nil, i) at the end of the
// declaration, and bad >= 0 at the offending offset.
func parsePseudoAttr(b []byte, i, end int) (a *pseudoAttr, next, bad int) {
	at := func(k int) int { // the ASCII character at k, or -1
		if k >= end || b[k] >= 0x80 {
			return -1
		}
		return int(b[k])
	}
	if i == end {
		return nil, i, -1
	}
	if c := at(i); c < 0 || !isDeclSpace(byte(c)) {
		return nil, i, i
	}
	orig := i
	for i < end && isDeclSpace(b[i]) {
		i++
	}
	if i == end {
		return nil, orig, -1 // no attribute: expat leaves its pointer where it was
	}
	a = &pseudoAttr{name: i}
	for {
		c := at(i)
		if c < 0 {
			return nil, i, i
		}
		if c == '=' {
			a.nameEnd = i
			break
		}
		if isDeclSpace(byte(c)) {
			a.nameEnd = i
			for at(i) >= 0 && isDeclSpace(byte(at(i))) {
				i++
			}
			if at(i) != '=' {
				return nil, i, i
			}
			break
		}
		i++
	}
	if i == a.name {
		return nil, i, i
	}
	i++
	for at(i) >= 0 && isDeclSpace(byte(at(i))) {
		i++
	}
	q := at(i)
	if q != '"' && q != '\'' {
		return nil, i, i
	}
	i++
	a.val = i
	for ; ; i++ {
		c := at(i)
		if c == q {
			break
		}
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-' || c == '_') {
			return nil, i, i
		}
	}
	a.end = i + 1
	return a, i + 1, -1
}

// parseXMLDecl parses tok ("<?xml ... ?>") as expat's doParseXmlDecl;
// bad is the offset in tok of the first problem, or -1.
func parseXMLDecl(tok []byte, text bool) (xmlDeclInfo, int) {
	info := xmlDeclInfo{standalone: -1}
	end := len(tok) - 2
	a, i, bad := parsePseudoAttr(tok, 5, end)
	if bad >= 0 || a == nil {
		return info, i
	}
	word := func(a *pseudoAttr) string { return string(tok[a.name:a.nameEnd]) }
	value := func(a *pseudoAttr) string { return string(tok[a.val : a.end-1]) }
	if word(a) != "version" {
		if !text {
			return info, a.name
		}
	} else {
		info.version = strp(value(a))
		if a, i, bad = parsePseudoAttr(tok, i, end); bad >= 0 {
			return info, bad
		}
		if a == nil {
			if text {
				return info, i
			}
			return info, -1
		}
	}
	if word(a) == "encoding" {
		if c := tok[a.val]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return info, a.val
		}
		info.encoding = strp(value(a))
		info.encPos = a.val
		if a, i, bad = parsePseudoAttr(tok, i, end); bad >= 0 {
			return info, bad
		}
		if a == nil {
			return info, -1
		}
	}
	if word(a) != "standalone" || text {
		return info, a.name
	}
	switch value(a) {
	case "yes":
		info.standalone = 1
	case "no":
		info.standalone = 0
	default:
		return info, a.val
	}
	for i < end && isDeclSpace(tok[i]) {
		i++
	}
	if i != end {
		return info, i
	}
	return info, -1
}

// xmlDecl handles the XML declaration tok at offset start of buf.
func (e *engine) xmlDecl(tok []byte, start int) *xmlError {
	text := e.state == stExtEntity || e.state == stExtSubset
	info, bad := parseXMLDecl(tok, text)
	if bad >= 0 {
		code := errXMLDecl
		if text {
			code = errTextDecl
		}
		return e.fail(code, start+bad)
	}
	if info.standalone == 1 {
		e.standalone = 1
		if e.paramParsing == 1 { // XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE
			e.paramParsing = 0
		}
	}
	if e.cb.has(hXmlDecl) {
		if _, ok := e.cb.call(hXmlDecl, optStr(info.version), optStr(info.encoding), info.standalone); !ok {
			return errAbort
		}
	} else if err := e.reportDefault(tok); err != nil {
		return err
	}
	if info.encoding == nil || !e.declEncOK {
		return nil
	}
	if e.dec.kind == encUTF16LE || e.dec.kind == encUTF16BE {
		return e.check16(*info.encoding, start+info.encPos, start+len(tok))
	}
	return e.switchEncoding(*info.encoding, start+info.encPos, start+len(tok))
}

// check16 checks the encoding declared by a document read as UTF-16:
// a known 8-bit encoding or the other byte order is incorrect, and an
// unknown name goes to the unknown-encoding handler (which raises for
// names Python does not know either); expat then reads the rest of the
// input, from end, as that single-byte encoding.
func (e *engine) check16(name string, at, end int) *xmlError {
	kind, ok := builtinEncoding(name)
	if !ok {
		e.setEvent(&cursor{}, at)
		table, err := e.unknownEncoding(name)
		if err != nil {
			return err
		}
		e.advance(end)
		// expat's position walk then counts the declaration's bytes,
		// not its characters, as columns.
		bom := 0
		if e.bom && e.pos.line == 0 {
			bom = 1 // counted as one column already
		}
		e.pos.col += e.pos.col - bom
		raw := utf16Bytes(e.buf[end:], e.dec.kind == encUTF16LE)
		raw = append(raw, e.dec.pending...)
		e.buf = e.buf[:end]
		e.dec = decoder{kind: encTable, table: table}
		e.buf = e.dec.decode(e.buf, raw)
		return nil
	}
	if kind != encUTF16BE && kind != encUTF16LE || strings.ToUpper(name) != "UTF-16" && kind != e.dec.kind {
		return e.fail(errIncorrectEncoding, at)
	}
	return nil
}

// switchEncoding re-decodes the input after the XML declaration (which
// was read as UTF-8) in the declared encoding.
func (e *engine) switchEncoding(name string, start, end int) *xmlError {
	kind, ok := builtinEncoding(name)
	var table *[256]rune
	if !ok {
		var err *xmlError
		e.setEvent(&cursor{}, start)
		if table, err = e.unknownEncoding(name); err != nil {
			return err
		}
		kind = encTable
	}
	switch kind {
	case encUTF8:
		return nil
	case encUTF16BE, encUTF16LE:
		return e.fail(errIncorrectEncoding, start)
	}
	e.advance(end)
	rest := append([]byte(nil), e.buf[end:]...)
	e.buf = e.buf[:end]
	e.dec.kind = kind
	e.dec.table = table
	e.buf = e.dec.decode(e.buf, rest)
	return nil
}

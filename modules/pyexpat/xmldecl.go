// This file defines the XML declaration (and the text declaration of
// external entities): its pseudo-attributes, XmlDeclHandler, and the
// switch to the declared encoding.

package pyexpat

// xmlDeclInfo is a parsed XML or text declaration.
type xmlDeclInfo struct {
	version, encoding *string
	standalone        int
}

// parseXMLDecl parses tok ("<?xml ... ?>"); bad is the offset in tok of
// the first problem, or -1.
func parseXMLDecl(tok []byte, text bool) (xmlDeclInfo, int) {
	info := xmlDeclInfo{standalone: -1}
	body := tok[:len(tok)-2]
	i := 5
	step := 0 // 0 version, 1 encoding, 2 standalone, 3 done
	for {
		j := skipSpace(body, i)
		if j == len(body) {
			break
		}
		if j == i {
			return info, j
		}
		nameStart := j
		for j < len(body) && body[j] >= 'a' && body[j] <= 'z' {
			j++
		}
		nm := string(body[nameStart:j])
		j = skipSpace(body, j)
		if j >= len(body) || body[j] != '=' {
			return info, nameStart
		}
		j = skipSpace(body, j+1)
		if j >= len(body) || (body[j] != '"' && body[j] != '\'') {
			return info, j
		}
		q := body[j]
		vs := j + 1
		k := vs
		for k < len(body) && body[k] != q {
			k++
		}
		if k >= len(body) {
			return info, j
		}
		val := string(body[vs:k])
		switch {
		case nm == "version" && step == 0 && validVersion(val):
			info.version = strp(val)
			step = 1
		case nm == "encoding" && step <= 1 && (step == 1 || text) && validEncName(val):
			info.encoding = strp(val)
			step = 2
		case nm == "standalone" && step >= 1 && step <= 2 && !text && (val == "yes" || val == "no"):
			info.standalone = b2i(val == "yes")
			step = 3
		case nm == "version" && step == 0, nm == "encoding" && step <= 1 && (step == 1 || text),
			nm == "standalone" && step >= 1 && step <= 2 && !text:
			return info, vs
		default:
			return info, nameStart
		}
		i = k + 1
	}
	if (!text && info.version == nil) || (text && info.encoding == nil) {
		return info, 5
	}
	return info, -1
}

func validVersion(v string) bool {
	if v == "" {
		return false
	}
	for _, c := range []byte(v) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == ':' || c == '-') {
			return false
		}
	}
	return true
}

func validEncName(v string) bool {
	if v == "" || !(v[0] >= 'a' && v[0] <= 'z' || v[0] >= 'A' && v[0] <= 'Z') {
		return false
	}
	for _, c := range []byte(v) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			return false
		}
	}
	return true
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
	return e.switchEncoding(*info.encoding, start, start+len(tok))
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

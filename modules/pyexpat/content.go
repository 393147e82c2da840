// This file defines the processing of element content, as expat's
// doContent and doCdataSection: each token becomes one handler call (or a
// call of the default handler when its own handler is not set), and
// internal entities are expanded by parsing their replacement text as
// content.

package pyexpat

import (
	"strconv"
	"unicode/utf8"
)

// cursor walks a text being parsed as content: the document's buffer,
// or the replacement text of an internal entity.
type cursor struct {
	s      []byte
	i      int
	entity bool // an entity's replacement text: positions stay at the reference
	cdata  bool
	depth  int // the tag depth at which this text began
}

// openTag is an element whose end tag has not been seen.
type openTag struct {
	raw      string // the name as written, for matching the end tag
	name     string // the name passed to handlers
	bindings []string
}

// report calls handler h when set, else the default handler with raw.
// It reports whether either ran.
func (e *engine) report(h handlerID, raw []byte, args ...any) *xmlError {
	if e.cb.has(h) {
		if _, ok := e.cb.call(h, args...); !ok {
			return errAbort
		}
		return nil
	}
	return e.reportDefault(raw)
}

// reportDefault passes raw markup to the default handler, if any.
func (e *engine) reportDefault(raw []byte) *xmlError {
	if len(raw) == 0 || !e.cb.has(hDefault) {
		return nil
	}
	return e.callChunks(hDefault, raw, false)
}

// callChunks calls h with text, split as expat's conversion to UTF-8
// splits it when the document is in another encoding.
func (e *engine) callChunks(h handlerID, text []byte, entity bool) *xmlError {
	for len(text) > 0 {
		n := len(text)
		if !entity && e.dec.mustConvert() && n > convertChunk {
			n = convertChunk
			for n > 0 && !utf8.RuneStart(text[n]) {
				n--
			}
		}
		if _, ok := e.cb.call(h, string(text[:n])); !ok {
			return errAbort
		}
		text = text[n:]
	}
	return nil
}

// charData reports character data text (raw is the markup it came from,
// for the default handler).
func (e *engine) charData(c *cursor, text, raw []byte) *xmlError {
	if e.cb.has(hCharacterData) {
		return e.callChunks(hCharacterData, text, c.entity)
	}
	if e.cb.has(hDefault) {
		return e.callChunks(hDefault, raw, c.entity)
	}
	return nil
}

var newline = []byte{'\n'}

// doContent processes the tokens of c. It returns with c.i at the first
// token it could not complete (when more input may follow), or when the
// root element ended.
func (e *engine) doContent(c *cursor, final bool) *xmlError {
	for {
		if c.cdata {
			if err, stop := e.cdataToken(c, final); err != nil || stop {
				return err
			}
			continue
		}
		start := c.i
		e.setEvent(c, start)
		kind, next := scanContent(c.s, start, &e.attrs, e.ns)
		var err *xmlError
		switch kind {
		case tkNone:
			return e.contentEnd(c, final)
		case tkPartial, tkPartialChar, tkTrailingCR, tkTrailingRSQB:
			if !final {
				return nil
			}
			switch kind {
			case tkPartial:
				return e.failAt(c, errUnclosedToken, start)
			case tkPartialChar:
				return e.failAt(c, errPartialChar, start)
			case tkTrailingCR:
				err = e.charData(c, newline, c.s[start:next])
			default:
				err = e.charData(c, c.s[start:next], c.s[start:next])
			}
			if err == nil && !c.entity {
				// expat reports the end of input after a trailing
				// ']' but at the start of a trailing CR.
				c.i = next
				if kind == tkTrailingCR {
					c.i = start
				}
				return e.contentEnd(c, final)
			}
		case tkInvalid:
			if c.entity {
				return e.failHere(errInvalidToken)
			}
			return e.fail(errInvalidToken, next)
		case tkData:
			err = e.charData(c, c.s[start:next], c.s[start:next])
		case tkNewline:
			err = e.charData(c, newline, c.s[start:next])
		case tkCharRef:
			err = e.charRef(c, start, next)
		case tkEntityRef:
			err = e.entityRef(c, start, next)
		case tkStartTag, tkEmptyTag:
			err = e.startTag(c, start, next, kind == tkEmptyTag)
		case tkEndTag:
			err = e.endTag(c, start, next)
		case tkPI:
			err = e.pi(c.s[start:next])
		case tkXMLDecl:
			if !c.entity && e.state == stExtEntity && e.atStart {
				err = e.xmlDecl(c.s[start:next], start)
				c.s = e.buf
				break
			}
			return e.failAt(c, errMisplacedXMLPI, start)
		case tkComment:
			err = e.report(hComment, c.s[start:next], normalizeNewlines(c.s[start+4:next-3]))
		case tkCdataStart:
			err = e.report(hStartCdataSection, c.s[start:next])
			c.cdata = true
		}
		if err != nil {
			if err.abort {
				e.abortAt(c, kind, next)
			}
			return err
		}
		c.i = next
		if !c.entity {
			e.atStart = false
		} else if err := e.account(next - start); err != nil {
			return err
		}
		if !c.entity && len(e.tags) == 0 && e.state == stContent {
			e.state = stEpilog
			return nil
		}
	}
}

// abortAt places the event where expat's doContent stops after a handler
// raised: after the token, but at an entity reference whose expansion
// raised, and for a CDATA section's start after the section's next token
// (expat has already begun the section).
func (e *engine) abortAt(c *cursor, kind, next int) {
	switch kind {
	case tkEntityRef:
		return
	case tkCdataStart:
		if k, end := scanCdata(c.s, next); k != tkNone && k != tkPartial && k != tkPartialChar && k != tkInvalid {
			next = end
		}
	}
	e.setEvent(c, next)
}

// failAt reports an error at offset at of c (at the reference inside an
// entity's replacement text).
func (e *engine) failAt(c *cursor, code, at int) *xmlError {
	if c.entity {
		return e.failHere(code)
	}
	return e.fail(code, at)
}

// contentEnd handles the end of c's text.
func (e *engine) contentEnd(c *cursor, final bool) *xmlError {
	if c.entity {
		if len(e.tags) != c.depth {
			return e.failHere(errAsyncEntity)
		}
		return nil
	}
	if !final {
		return nil
	}
	if len(e.dec.pending) > 0 {
		return e.fail(errUnclosedToken, c.i)
	}
	if e.state == stExtEntity {
		return nil
	}
	return e.fail(errNoElements, c.i)
}

// cdataToken processes one token inside a CDATA section; stop is true
// when more input is needed.
func (e *engine) cdataToken(c *cursor, final bool) (*xmlError, bool) {
	start := c.i
	e.setEvent(c, start)
	kind, next := scanCdata(c.s, start)
	var err *xmlError
	switch kind {
	case tkNone, tkPartial, tkPartialChar:
		if !final {
			return nil, true
		}
		if kind == tkPartialChar {
			return e.failAt(c, errPartialChar, start), true
		}
		if c.entity {
			return e.failHere(errUnclosedCdataSection), true
		}
		return e.fail(errUnclosedCdataSection, start), true
	case tkInvalid:
		return e.failAt(c, errInvalidToken, next), true
	case tkData:
		err = e.charData(c, c.s[start:next], c.s[start:next])
	case tkNewline:
		err = e.charData(c, newline, c.s[start:next])
	case tkCdataEnd:
		err = e.report(hEndCdataSection, c.s[start:next])
		c.cdata = false
	}
	c.i = next
	if err != nil && err.abort && kind != tkCdataEnd {
		e.setEvent(c, next) // expat stops after the token (at "]]>" itself)
	}
	return err, false
}

// normalizeNewlines turns CR LF and CR into LF, as expat does for the
// text of comments and processing instructions.
func normalizeNewlines(b []byte) string {
	hasCR := false
	for _, c := range b {
		if c == '\r' {
			hasCR = true
			break
		}
	}
	if !hasCR {
		return string(b)
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] == '\r' {
			out = append(out, '\n')
			if i+1 < len(b) && b[i+1] == '\n' {
				i++
			}
			continue
		}
		out = append(out, b[i])
	}
	return string(out)
}

// pi reports a processing instruction (raw is the whole token).
func (e *engine) pi(raw []byte) *xmlError {
	body := raw[2 : len(raw)-2]
	k, _ := scanName(body, 0, true)
	target := string(body[:k])
	data := normalizeNewlines(body[skipSpace(body, k):])
	return e.report(hProcessingInstruction, raw, target, data)
}

// charRefValue decodes a character reference token; ok is false when it
// names no XML character.
func charRefValue(tok []byte) (rune, bool) {
	digits := tok[2 : len(tok)-1]
	base := 10
	if digits[0] == 'x' {
		base = 16
		digits = digits[1:]
	}
	n, err := strconv.ParseUint(string(digits), base, 32)
	if err != nil || n > 0x10FFFF || !isXMLChar(rune(n)) {
		return 0, false
	}
	return rune(n), true
}

// charRef reports a character reference.
func (e *engine) charRef(c *cursor, start, next int) *xmlError {
	r, ok := charRefValue(c.s[start:next])
	if !ok {
		return e.failAt(c, errBadCharRef, start)
	}
	if e.cb.has(hCharacterData) {
		if _, ok := e.cb.call(hCharacterData, string(r)); !ok {
			return errAbort
		}
		return nil
	}
	return e.reportDefault(c.s[start:next])
}

// predefined maps the predefined entities to their characters.
var predefined = map[string]string{"lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'"}

// entityRef handles a general entity reference in content.
func (e *engine) entityRef(c *cursor, start, next int) *xmlError {
	raw := c.s[start:next]
	nm := string(raw[1 : len(raw)-1])
	if ch, ok := predefined[nm]; ok {
		if e.cb.has(hCharacterData) {
			if _, ok := e.cb.call(hCharacterData, ch); !ok {
				return errAbort
			}
			return nil
		}
		return e.reportDefault(raw)
	}
	ent := e.dtd.entities[nm]
	if !e.dtd.hasParamEntityRefs || e.standalone == 1 {
		if ent == nil {
			return e.failAt(c, errUndefinedEntity, start)
		}
		if ent.inPE {
			return e.failAt(c, errEntityDeclaredInPE, start)
		}
	} else if ent == nil {
		return e.skipped(nm, 0, raw)
	}
	if ent.open {
		return e.failAt(c, errRecursiveEntityRef, start)
	}
	if ent.notation != nil {
		return e.failAt(c, errBinaryEntityRef, start)
	}
	if ent.text != nil {
		if !e.cb.expandInternal() {
			return e.skipped(nm, 0, raw)
		}
		return e.expandEntity(c, ent)
	}
	if e.cb.has(hExternalEntityRef) {
		res, ok := e.cb.call(hExternalEntityRef, e.context(nm), e.base, optStr(ent.systemID), optStr(ent.publicID))
		if !ok {
			return errAbort
		}
		if res == 0 {
			return e.failAt(c, errExternalEntityHandling, start)
		}
		return nil
	}
	return e.reportDefault(raw)
}

// skipped reports an entity that is not expanded.
func (e *engine) skipped(nm string, isParam int, raw []byte) *xmlError {
	if e.cb.has(hSkippedEntity) {
		if _, ok := e.cb.call(hSkippedEntity, nm, isParam); !ok {
			return errAbort
		}
		return nil
	}
	return e.reportDefault(raw)
}

// optStr converts an optional string to a handler argument.
func optStr(s *string) any {
	if s == nil {
		return nil
	}
	return *s
}

// expandEntity parses an internal entity's replacement text as content.
func (e *engine) expandEntity(c *cursor, ent *entity) *xmlError {
	ent.open = true
	defer func() { ent.open = false }()
	sub := &cursor{s: ent.text, entity: true, depth: len(e.tags)}
	if !c.entity {
		// Events inside the replacement text are reported at the
		// reference.
		e.evSet = true
	}
	if err := e.doContent(sub, true); err != nil {
		return err
	}
	if sub.cdata {
		return e.failHere(errUnclosedCdataSection)
	}
	return nil
}

// context is the context string passed to ExternalEntityRefHandler: the
// namespace bindings in scope, then the entity's name.
func (e *engine) context(entityName string) string {
	s := ""
	if e.ns {
		s = e.nsb.context()
	}
	if s != "" {
		s += "\f"
	}
	return s + entityName
}

// Expat's protection against "billion laughs" documents: once the output
// passes activationThreshold bytes, it may be at most maxAmplification
// times the direct input.
const (
	activationThreshold = 8 << 20
	maxAmplification    = 100
)

// account adds n bytes of entity expansion and checks the amplification
// limit (XML_ERROR_AMPLIFICATION_LIMIT_BREACH).
func (e *engine) account(n int) *xmlError {
	e.indirect += int64(n)
	direct := max(e.total, 1)
	out := direct + e.indirect
	if out >= activationThreshold && float64(out)/float64(direct) > maxAmplification {
		return e.failHere(errAmplificationLimitBreach)
	}
	return nil
}

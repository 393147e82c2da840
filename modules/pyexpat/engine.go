// This file defines the parsing engine behind xmlparser: an incremental
// XML 1.0 parser written to behave like expat 2.5 (the same events, in the
// same pieces, at the same positions, with the same error codes). Input
// arrives in chunks of any size; the engine converts it to UTF-8, then
// consumes whole tokens, keeping an incomplete token until more input or
// the final chunk arrives.

package pyexpat

import (
	"bytes"
	"unicode/utf8"
)

// handlerID numbers the handlers, in CPython's handler_info order.
type handlerID int

// The handlers.
const (
	hStartElement handlerID = iota
	hEndElement
	hProcessingInstruction
	hCharacterData
	hUnparsedEntityDecl
	hNotationDecl
	hStartNamespaceDecl
	hEndNamespaceDecl
	hComment
	hStartCdataSection
	hEndCdataSection
	hDefault
	hDefaultExpand
	hNotStandalone
	hExternalEntityRef
	hStartDoctypeDecl
	hEndDoctypeDecl
	hEntityDecl
	hXmlDecl
	hElementDecl
	hAttlistDecl
	hSkippedEntity
	nHandlers
)

// callbacks is what the engine reports to: the Python xmlparser object.
type callbacks interface {
	// has reports whether handler h is set. For hDefault it reports
	// whether either default handler is.
	has(h handlerID) bool
	// expandInternal reports whether the default handler was set as
	// DefaultHandlerExpand (internal entities are then expanded).
	expandInternal() bool
	// call runs handler h; the int is its result (for handlers whose
	// result expat uses) and ok is false when it raised.
	call(h handlerID, args ...any) (res int, ok bool)
	// unknownEncoding builds the byte map of a single-byte encoding
	// expat does not know; ok is false when it failed (a Python
	// exception may be pending).
	unknownEncoding(name string) (table *[256]rune, ok bool)
}

// name is a string argument that the Python side interns.
type name string

// Parser states.
const (
	stStart     = iota // nothing decoded yet: encoding detection
	stProlog           // before the root element (XML declaration allowed when off == 0)
	stSubset           // inside the internal DTD subset
	stContent          // inside the root element
	stCdata            // inside a CDATA section
	stEpilog           // after the root element
	stExtEntity        // an external parsed entity (ExternalEntityParserCreate)
	stExtSubset        // an external DTD subset or parameter entity
	stFinished
	stError
)

// position is a place in the input: zero-based line and column (in
// characters) and the byte offset from the start of the input.
type position struct {
	line, col int
	byteIdx   int64
}

// engine is one expat parser.
type engine struct {
	cb callbacks

	// Namespace processing: nsSep is the separator ("" glues the URI
	// and local name); ns is false without namespace processing.
	ns         bool
	nsSep      string
	nsTriplets bool

	protocolEnc string // the encoding given to ParserCreate or forced by a str
	dec         decoder
	raw         []byte // input before the encoding is known

	buf   []byte // decoded input not yet consumed from off on
	off   int
	final bool

	// Position of buf[posOff], advanced lazily to event positions.
	posOff int
	pos    position
	ev     int // offset in buf of the current event
	evSet  bool

	state   int
	initial int // the state after encoding detection
	errCode int
	started bool
	total   int64 // bytes of input received
	peDepth int   // parameter entities being expanded

	callOff     int   // offset in buf where the current Parse call began
	bom         bool  // the input began with a byte order mark
	condDepth   int   // open INCLUDE sections of an external subset
	condIgnore  bool  // the conditional section being opened is IGNORE
	skipIgnored bool  // inside an IGNORE section
	indirect    int64 // bytes of entity replacement text parsed (amplification)

	tags      []*openTag
	spareTags []*openTag
	names     map[string]string // shared copies of names
	nsb       *bindings

	dtd          *dtd
	standalone   int // -1 not declared, 0 no, 1 yes
	paramParsing int
	foreignDTD   bool
	base         any // the base URI (nil or a string), opaque here

	ps      int // prolog position
	dt      doctype
	decl    decl
	atStart bool // no token read yet: an XML declaration may come
	attrs   []attrSpan
	inCdata bool

	declEncOK bool // the XML declaration's encoding is honoured
}

// newEngine returns an engine reporting to cb; nsSep is nil without
// namespace processing.
func newEngine(cb callbacks, encoding string, nsSep *string) *engine {
	e := &engine{cb: cb, protocolEnc: encoding, dtd: newDTD(), standalone: -1,
		initial: stProlog, atStart: true}
	if nsSep != nil {
		e.ns = true
		e.nsSep = *nsSep
		e.nsb = predefinedBindings()
	}
	return e
}

// xmlError is a parse failure: the expat error code; abort means a
// Python handler raised and the exception is pending.
type xmlError struct {
	code  int
	abort bool
}

var errAbort = &xmlError{code: errAborted, abort: true}

// fail records an error at offset at (in buf) and returns it.
func (e *engine) fail(code, at int) *xmlError {
	if e.peDepth > 0 {
		return e.failHere(code)
	}
	e.ev = at
	e.evSet = true
	e.errCode = code
	e.currentPos() // fixes the position before later input moves the cache
	e.state = stError
	return &xmlError{code: code}
}

// failHere records an error at the current event position.
func (e *engine) failHere(code int) *xmlError {
	e.errCode = code
	e.currentPos() // fixes the position before later input moves the cache
	e.state = stError
	return &xmlError{code: code}
}

// repeatPosition moves the error position as expat does when Parse is
// called again after an error: it walks the text from the start of the
// failed call to the error once more, adding its lines and columns.
func (e *engine) repeatPosition() {
	at := e.ev
	if !e.evSet || e.callOff > at || at > len(e.buf) {
		return
	}
	lines, col, nl := 0, 0, false
	s := e.buf[e.callOff:at]
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '\r' || c == '\n':
			lines++
			col, nl = 0, true
			if c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			i++
		default:
			_, n := utf8.DecodeRune(s[i:])
			col++
			i += n
		}
	}
	e.pos.line += lines
	if nl {
		e.pos.col = col
	} else {
		e.pos.col += col
	}
}

// currentPos is the position of the current event.
func (e *engine) currentPos() position {
	at := e.ev
	if !e.evSet {
		at = e.off
	}
	if at < e.posOff {
		return e.pos
	}
	e.advance(at)
	return e.pos
}

// advance moves the position cache forward to offset at.
func (e *engine) advance(at int) {
	s := e.buf
	for i := e.posOff; i < at && i < len(s); {
		c := s[i]
		switch {
		case c == '\r':
			e.pos.line++
			e.pos.col = 0
			e.pos.byteIdx += int64(e.dec.width('\r', 1))
			i++
			if i < len(s) && s[i] == '\n' {
				e.pos.byteIdx += int64(e.dec.width('\n', 1))
				i++
			}
		case c == '\n':
			e.pos.line++
			e.pos.col = 0
			e.pos.byteIdx += int64(e.dec.width('\n', 1))
			i++
		case c < 0x80:
			e.pos.col++
			e.pos.byteIdx += int64(e.dec.width(rune(c), 1))
			i++
		default:
			r, n := utf8.DecodeRune(s[i:])
			e.pos.col++
			e.pos.byteIdx += int64(e.dec.width(r, n))
			i += n
		}
	}
	if at > e.posOff {
		e.posOff = at
	}
}

// setEvent makes offset at (in buf) the current event position; inside
// an entity's replacement text the position stays at the reference.
func (e *engine) setEvent(c *cursor, at int) {
	if c.entity {
		return
	}
	e.ev = at
	e.evSet = true
}

// parsing reports whether a parse is under way (expat's XML_PARSING):
// settings can no longer change.
func (e *engine) parsing() bool { return e.started && e.state != stFinished }

// parse feeds data to the engine; final says no more input follows.
func (e *engine) parse(data []byte, final bool) *xmlError {
	switch e.state {
	case stError:
		if len(data) == 0 && !final {
			return nil // expat accepts an empty non-final chunk in any state
		}
		e.repeatPosition()
		return &xmlError{code: e.errCode}
	case stFinished:
		e.errCode = errFinished
		return &xmlError{code: errFinished}
	}
	e.started = true
	e.callOff = e.off
	if e.initial == stExtSubset {
		e.dtd.paramEntityRead = true
	}
	e.total += int64(len(data))
	e.final = final
	e.evSet = false
	if err := e.feed(data); err != nil {
		return err
	}
	err := e.run()
	if err != nil {
		if err.abort {
			// A handler raised: pyexpat stops the parser, which ends
			// as finished with XML_ERROR_ABORTED.
			e.state = stFinished
			e.errCode = errAborted
		}
		return err
	}
	e.compact()
	if final {
		e.state = stFinished
	}
	return nil
}

// compact drops the consumed input so buf does not grow without bound.
func (e *engine) compact() {
	e.advance(e.off)
	if e.off > 0 && e.off == e.posOff {
		n := copy(e.buf, e.buf[e.off:])
		e.buf = e.buf[:n]
		e.off = 0
		e.posOff = 0
	}
	e.ev = e.off
	e.evSet = true
}

// feed decodes data into buf, detecting the encoding first.
func (e *engine) feed(data []byte) *xmlError {
	if e.state != stStart {
		e.buf = e.dec.decode(e.buf, data)
		return nil
	}
	e.raw = append(e.raw, data...)
	ok, err := e.detect()
	if err != nil || !ok {
		return err
	}
	e.buf = e.dec.decode(e.buf, e.raw)
	e.raw = nil
	e.state = e.initial
	return nil
}

// detect picks the encoding from the protocol encoding, a byte order
// mark or the first bytes, as expat's initScan; it returns false when it
// needs more input. A byte order mark is skipped but counts in byte
// offsets.
func (e *engine) detect() (bool, *xmlError) {
	r := e.raw
	if !e.final {
		switch {
		case len(r) == 0:
			return false, nil
		case len(r) == 1:
			// One byte decides unless it may begin a byte order
			// mark, a UTF-16 '<' or a UTF-16 character.
			switch r[0] {
			case 0xFE, 0xFF, 0xEF, 0x00, 0x3C:
				return false, nil
			}
		case len(r) == 2 && r[0] == 0xEF && r[1] == 0xBB:
			return false, nil
		}
	} else if len(r) == 1 && e.protocolEnc == "" {
		switch r[0] {
		case 0xFE, 0xFF, 0xEF, 0x00:
			e.state = e.initial
			return false, e.fail(errUnclosedToken, 0)
		}
	}
	kind, known := encUTF8, false
	if e.protocolEnc != "" {
		kind, known = builtinEncoding(e.protocolEnc)
		if !known {
			table, err := e.unknownEncoding(e.protocolEnc)
			if err != nil {
				return false, err
			}
			e.dec.table = table
			kind, known = encTable, true
		}
	}
	utf16 := !known || kind == encUTF16BE || kind == encUTF16LE
	skip := 0
	switch {
	case len(r) >= 2 && r[0] == 0xFE && r[1] == 0xFF && utf16:
		kind, skip, known = encUTF16BE, 2, true
	case len(r) >= 2 && r[0] == 0xFF && r[1] == 0xFE && utf16:
		kind, skip, known = encUTF16LE, 2, true
	case len(r) >= 3 && r[0] == 0xEF && r[1] == 0xBB && r[2] == 0xBF && (!known || kind == encUTF8):
		skip = 3
	case !known && len(r) >= 2 && r[0] == 0:
		kind, known = encUTF16BE, true
	case !known && len(r) >= 2 && r[1] == 0:
		kind, known = encUTF16LE, true
	}
	e.dec.kind = kind
	e.declEncOK = e.protocolEnc == ""
	e.pos.byteIdx = int64(skip)
	if skip > 0 {
		e.pos.col = 1 // expat counts the byte order mark as a character
		e.bom = true
	}
	e.raw = r[skip:]
	return true, nil
}

// unknownEncoding asks the Python side for a single-byte encoding's map.
func (e *engine) unknownEncoding(name string) (*[256]rune, *xmlError) {
	table, ok := e.cb.unknownEncoding(name)
	if table != nil {
		if !validMap(table) {
			return nil, e.failHere(errUnknownEncoding)
		}
		return table, nil
	}
	if !ok {
		return nil, errAbort
	}
	return nil, e.failHere(errUnknownEncoding)
}

// run processes the decoded input as far as it can.
func (e *engine) run() *xmlError {
	for {
		before, state := e.off, e.state
		c := &cursor{s: e.buf, i: e.off, cdata: e.inCdata}
		var err *xmlError
		switch e.state {
		case stProlog:
			err = e.prologTokens(c, e.final)
		case stContent, stExtEntity:
			err = e.doContent(c, e.final)
		case stEpilog:
			err = e.epilog(c, e.final)
		case stExtSubset:
			err = e.extSubset(c, e.final)
		default:
			return nil
		}
		e.off, e.inCdata = c.i, c.cdata
		if err != nil {
			return err
		}
		if e.off == before && e.state == state {
			return nil
		}
	}
}

// epilog processes what follows the root element: white space,
// comments and processing instructions.
func (e *engine) epilog(c *cursor, final bool) *xmlError {
	for {
		start := c.i
		e.setEvent(c, start)
		kind, next := scanProlog(c.s, start, final, e.ns)
		var err *xmlError
		switch kind {
		case tkNone:
			if final && len(e.dec.pending) > 0 {
				return e.fail(errUnclosedToken, start)
			}
			return nil
		case tkPartial, tkPartialChar:
			if kind == tkPartial && epilogJunk(c.s[start:]) {
				return e.fail(errJunkAfterDocElement, start)
			}
			if !final {
				return nil
			}
			if kind == tkPartialChar {
				return e.fail(errPartialChar, start)
			}
			return e.fail(errUnclosedToken, start)
		case tkInvalid:
			return e.fail(errInvalidToken, next)
		case tkPrologS:
			err = e.reportDefault(c.s[start:next])
		case tkPI:
			err = e.pi(c.s[start:next])
		case tkXMLDecl:
			return e.fail(errMisplacedXMLPI, start)
		case tkComment:
			err = e.report(hComment, c.s[start:next], normalizeNewlines(c.s[start+4:next-3]))
		default:
			return e.fail(errJunkAfterDocElement, start)
		}
		if err != nil {
			if err.abort {
				e.setEvent(c, next)
			}
			return err
		}
		c.i = next
	}
}

// epilogJunk reports whether an incomplete token at the end of the
// input is one expat's epilog rejects at once (a name, a closing
// bracket, a complete literal) rather than waiting for more input
// (markup, a reference, an open literal, a CR).
func epilogJunk(tok []byte) bool {
	switch tok[0] {
	case '<', '%', '\r':
		return false
	case '"', '\'':
		return bytes.IndexByte(tok[1:], tok[0]) >= 0
	}
	return true
}

// extSubset processes an external DTD subset: its declarations are
// read (and reported) like those of the internal subset.
func (e *engine) extSubset(c *cursor, final bool) *xmlError {
	if e.ps == psMisc {
		e.ps = psSubset
	}
	return e.prologTokens(c, final)
}

// This file defines the processing of the prolog, the document type
// declaration and the epilog, as expat's doProlog and epilogProcessor
// with the role state machine of xmlrole.c: each token either belongs to
// a declaration whose handler is set, or goes to the default handler.

package pyexpat

import "strings"

// Prolog positions (prologState).
const (
	psMisc = iota // before the DOCTYPE
	psAfterDoctype
	psDTName
	psDTAfterName
	psDTSysLit
	psDTPubLit
	psDTPubSysLit
	psDTAfterID
	psSubset
	psDTClose
	psDecl
)

// Declaration kinds in the internal subset.
const (
	declEntity = iota
	declNotation
	declAttlist
	declElement
)

// decl is the declaration being read.
type decl struct {
	kind, st int
	handled  bool
	name     string
	isParam  bool
	predef   bool // a redeclaration of a predefined entity: ignored
	pub, sys *string
	notation *string
	// ATTLIST
	attName, attType string
	enum             []string
	notationType     bool
	// ELEMENT
	groups []*cmodel
}

// mixed reports whether the content model being read is mixed content.
func (d *decl) mixed() bool { return len(d.groups) > 0 && d.groups[0].typ == ctypeMixed }

// doctype is the document type declaration being read.
type doctype struct {
	name     string
	pub, sys *string
	handled  bool
}

func strp(s string) *string { return &s }

// literal returns the text between a literal's quotes.
func literal(tok []byte) string { return string(tok[1 : len(tok)-1]) }

// prologTokens processes tokens before the root element and in the
// internal subset. It returns when more input is needed, on an error, or
// when the root element starts (state stContent).
func (e *engine) prologTokens(c *cursor, final bool) *xmlError {
	for {
		start := c.i
		e.setEvent(c, start)
		kind, next := scanProlog(c.s, start, final, e.ns)
		switch kind {
		case tkNone:
			if e.state == stExtSubset && final && !c.entity && e.ps != psSubset {
				return e.fail(errIncompletePE, start)
			}
			if !final || e.state == stExtSubset || c.entity {
				return nil
			}
			if len(e.dec.pending) > 0 {
				return e.fail(errUnclosedToken, start)
			}
			return e.fail(errNoElements, start)
		case tkPartial, tkPartialChar:
			if !final {
				return nil
			}
			if kind == tkPartialChar {
				return e.fail(errPartialChar, start)
			}
			return e.fail(errUnclosedToken, start)
		case tkInvalid:
			return e.fail(errInvalidToken, next)
		case tkInstanceStart:
			if e.ps != psMisc && e.ps != psAfterDoctype {
				return e.fail(errSyntax, start)
			}
			if err := e.foreignDTDRef(); err != nil {
				return err
			}
			e.state = stContent
			return nil
		}
		tok := c.s[start:next]
		if err := e.prologToken(kind, tok, start); err != nil {
			return err
		}
		c.i = next
		if !c.entity {
			c.s = e.buf
			e.atStart = false
		}
	}
}

// prologToken handles one token of the prolog.
func (e *engine) prologToken(kind int, tok []byte, start int) *xmlError {
	switch kind {
	case tkXMLDecl:
		if !e.atStart || (e.ps != psMisc && e.state != stExtSubset) {
			return e.fail(errMisplacedXMLPI, start)
		}
		return e.xmlDecl(tok, start)
	case tkPI:
		if e.ps > psAfterDoctype && e.ps != psSubset {
			return e.fail(errSyntax, start)
		}
		return e.pi(tok)
	case tkComment:
		if e.ps > psAfterDoctype && e.ps != psSubset {
			return e.fail(errSyntax, start)
		}
		return e.report(hComment, tok, normalizeNewlines(tok[4:len(tok)-3]))
	case tkPrologS:
		if e.ps == psDecl && e.decl.handled || e.ps > psAfterDoctype && e.ps != psSubset && e.ps != psDecl && e.dt.handled {
			return nil
		}
		return e.reportDefault(tok)
	}
	switch e.ps {
	case psMisc:
		if kind == tkDeclOpen && string(tok) == "<!DOCTYPE" {
			e.ps = psDTName
			e.dt = doctype{handled: e.cb.has(hStartDoctypeDecl)}
			return e.dtDefault(tok)
		}
		return e.fail(errSyntax, start)
	case psAfterDoctype:
		return e.fail(errSyntax, start)
	case psSubset:
		return e.subsetToken(kind, tok, start)
	case psDecl:
		return e.declToken(kind, tok, start)
	}
	return e.doctypeToken(kind, tok, start)
}

// dtDefault reports a token of the DOCTYPE declaration to the default
// handler unless StartDoctypeDeclHandler is set.
func (e *engine) dtDefault(tok []byte) *xmlError {
	if e.dt.handled {
		return nil
	}
	return e.reportDefault(tok)
}

// doctypeToken handles a token of "<!DOCTYPE name ExternalID [ ... ] >"
// outside the internal subset.
func (e *engine) doctypeToken(kind int, tok []byte, start int) *xmlError {
	word := string(tok)
	switch {
	case e.ps == psDTName && kind == tkName:
		e.dt.name = word
		e.ps = psDTAfterName
	case e.ps == psDTAfterName && kind == tkName && word == "SYSTEM":
		e.ps = psDTSysLit
	case e.ps == psDTAfterName && kind == tkName && word == "PUBLIC":
		e.ps = psDTPubLit
	case e.ps == psDTPubLit && kind == tkLiteral:
		if bad := badPublicID(tok); bad >= 0 {
			return e.fail(errPublicID, start+bad)
		}
		e.dt.pub = strp(literal(tok))
		e.ps = psDTPubSysLit
	case (e.ps == psDTSysLit || e.ps == psDTPubSysLit) && kind == tkLiteral:
		e.dt.sys = strp(literal(tok))
		e.dtd.hasParamEntityRefs = true
		e.ps = psDTAfterID
		if e.standalone != 1 && e.paramParsing == 0 && e.cb.has(hNotStandalone) {
			res, ok := e.cb.call(hNotStandalone)
			if !ok {
				return errAbort
			}
			if res == 0 {
				return e.fail(errNotStandalone, start)
			}
		}
		return e.dtDefault(tok)
	case (e.ps == psDTAfterName || e.ps == psDTAfterID) && kind == tkOpenBracket:
		e.ps = psSubset
		if e.dt.handled {
			_, ok := e.cb.call(hStartDoctypeDecl, e.dt.name, optStr(e.dt.sys), optStr(e.dt.pub), 1)
			if !ok {
				return errAbort
			}
			return nil
		}
		return e.reportDefault(tok)
	case (e.ps == psDTAfterName || e.ps == psDTAfterID) && kind == tkDeclClose:
		if e.dt.handled {
			_, ok := e.cb.call(hStartDoctypeDecl, e.dt.name, optStr(e.dt.sys), optStr(e.dt.pub), 0)
			if !ok {
				return errAbort
			}
		}
		return e.closeDoctype(tok, start)
	case e.ps == psDTClose && kind == tkDeclClose:
		return e.closeDoctype(tok, start)
	default:
		return e.fail(errSyntax, start)
	}
	return e.dtDefault(tok)
}

// paramEntityRef handles a parameter entity reference in the internal
// subset when parameter entity parsing is on: an internal entity's text
// is read as declarations, an external one is offered to
// ExternalEntityRefHandler. done reports that nothing else (the
// NotStandalone check, the default handler) applies.
func (e *engine) paramEntityRef(tok []byte, start int) (done bool, err *xmlError) {
	nm := string(tok[1 : len(tok)-1])
	ent := e.dtd.params[nm]
	if e.standalone == 1 && e.peDepth == 0 {
		if ent == nil {
			return true, e.fail(errUndefinedEntity, start)
		}
		if ent.inPE {
			return true, e.fail(errEntityDeclaredInPE, start)
		}
	} else if ent == nil {
		e.dtd.keepProcessing = e.standalone == 1
		if e.peDepth == 0 && e.cb.has(hSkippedEntity) {
			return true, e.call(hSkippedEntity, nm, 1)
		}
		return true, e.reportDefault(tok)
	}
	if ent.open {
		return true, e.fail(errRecursiveEntityRef, start)
	}
	if ent.text != nil {
		return true, e.expandParam(ent)
	}
	if !e.cb.has(hExternalEntityRef) {
		e.dtd.keepProcessing = e.standalone == 1
		return true, e.reportDefault(tok)
	}
	e.dtd.paramEntityRead = false
	ent.open = true
	res, ok := e.cb.call(hExternalEntityRef, nil, e.base, optStr(ent.systemID), optStr(ent.publicID))
	ent.open = false
	if !ok {
		return true, errAbort
	}
	if res == 0 {
		return true, e.fail(errExternalEntityHandling, start)
	}
	if !e.dtd.paramEntityRead {
		e.dtd.keepProcessing = e.standalone == 1
		return true, nil
	}
	return false, nil
}

// expandParam reads an internal parameter entity's replacement text as
// declarations of the internal subset; events are reported at the
// reference.
func (e *engine) expandParam(ent *entity) *xmlError {
	ent.open = true
	e.peDepth++
	defer func() {
		ent.open = false
		e.peDepth--
	}()
	if err := e.account(len(ent.text)); err != nil {
		return err
	}
	sub := &cursor{s: ent.text, entity: true}
	if err := e.prologTokens(sub, true); err != nil {
		return err
	}
	if e.ps != psSubset {
		return e.failHere(errIncompletePE)
	}
	return nil
}

// closeDoctype ends the DOCTYPE declaration at its final '>'.
func (e *engine) closeDoctype(tok []byte, start int) *xmlError {
	afterSubset := e.ps == psDTClose
	e.ps = psAfterDoctype
	if e.dt.sys != nil || e.foreignDTD {
		had := e.dtd.hasParamEntityRefs
		e.dtd.hasParamEntityRefs = true
		if e.paramParsing != 0 && e.cb.has(hExternalEntityRef) {
			e.dtd.paramEntityRead = false
			res, ok := e.cb.call(hExternalEntityRef, nil, e.base, optStr(e.dt.sys), optStr(e.dt.pub))
			if !ok {
				return errAbort
			}
			if res == 0 {
				return e.fail(errExternalEntityHandling, start)
			}
			if e.dtd.paramEntityRead {
				if err := e.notStandalone(start); err != nil {
					return err
				}
			} else if e.dt.sys == nil {
				e.dtd.hasParamEntityRefs = had
			}
		}
		e.foreignDTD = false
	}
	if e.cb.has(hEndDoctypeDecl) {
		if _, ok := e.cb.call(hEndDoctypeDecl); !ok {
			return errAbort
		}
		return nil
	}
	if afterSubset || !e.dt.handled {
		// After an internal subset, only EndDoctypeDeclHandler
		// keeps the '>' from the default handler.
		return e.reportDefault(tok)
	}
	return nil
}

// notStandalone calls NotStandaloneHandler for a document that is not
// declared standalone; a false result is an error.
func (e *engine) notStandalone(start int) *xmlError {
	if e.standalone == 1 || !e.cb.has(hNotStandalone) {
		return nil
	}
	res, ok := e.cb.call(hNotStandalone)
	if !ok {
		return errAbort
	}
	if res == 0 {
		return e.fail(errNotStandalone, start)
	}
	return nil
}

// foreignDTDRef asks for a foreign DTD (UseForeignDTD) when the document
// had no DOCTYPE.
func (e *engine) foreignDTDRef() *xmlError {
	if !e.foreignDTD {
		return nil
	}
	e.foreignDTD = false
	e.dtd.hasParamEntityRefs = true
	if e.paramParsing == 0 || !e.cb.has(hExternalEntityRef) {
		return nil
	}
	res, ok := e.cb.call(hExternalEntityRef, nil, e.base, nil, nil)
	if !ok {
		return errAbort
	}
	if res == 0 {
		return e.failHere(errExternalEntityHandling)
	}
	return nil
}

// subsetToken handles a token between declarations of the internal
// subset.
func (e *engine) subsetToken(kind int, tok []byte, start int) *xmlError {
	switch kind {
	case tkCloseBracket:
		e.ps = psDTClose
		return e.dtDefault(tok)
	case tkPERef:
		e.dtd.hasParamEntityRefs = true
		if e.paramParsing == 0 {
			e.dtd.keepProcessing = e.standalone == 1
		} else {
			done, err := e.paramEntityRef(tok, start)
			if err != nil || done {
				return err
			}
		}
		if e.standalone != 1 && e.cb.has(hNotStandalone) {
			res, ok := e.cb.call(hNotStandalone)
			if !ok {
				return errAbort
			}
			if res == 0 {
				return e.fail(errNotStandalone, start)
			}
		}
		return e.reportDefault(tok)
	case tkDeclOpen:
		d := decl{}
		switch string(tok) {
		case "<!ENTITY":
			d.kind, d.handled = declEntity, e.cb.has(hEntityDecl) && e.dtd.keepProcessing
		case "<!NOTATION":
			d.kind, d.handled = declNotation, e.cb.has(hNotationDecl)
		case "<!ATTLIST":
			d.kind, d.handled = declAttlist, e.cb.has(hAttlistDecl) && e.dtd.keepProcessing
		case "<!ELEMENT":
			d.kind, d.handled = declElement, e.cb.has(hElementDecl)
		default:
			return e.fail(errSyntax, start)
		}
		e.decl = d
		e.ps = psDecl
		return e.declDefault(tok)
	}
	return e.fail(errSyntax, start)
}

func (e *engine) declDefault(tok []byte) *xmlError {
	if e.decl.handled {
		return nil
	}
	return e.reportDefault(tok)
}

// declToken handles a token inside a markup declaration.
func (e *engine) declToken(kind int, tok []byte, start int) *xmlError {
	var err *xmlError
	ok := true
	switch e.decl.kind {
	case declEntity:
		ok, err = e.entityToken(kind, tok, start)
	case declNotation:
		ok, err = e.notationToken(kind, tok, start)
	case declAttlist:
		ok, err = e.attlistToken(kind, tok, start)
	case declElement:
		ok, err = e.elementToken(kind, tok)
	}
	if err != nil {
		return err
	}
	if !ok {
		return e.fail(errSyntax, start)
	}
	if kind == tkDeclClose {
		e.ps = psSubset
	}
	return nil
}

// entityToken advances an ENTITY declaration.
func (e *engine) entityToken(kind int, tok []byte, start int) (bool, *xmlError) {
	d := &e.decl
	word := string(tok)
	switch {
	case d.st == 0 && kind == tkPercent:
		d.isParam = true
	case d.st == 0 && kind == tkName:
		d.name = word
		d.st = 1
		if _, ok := predefined[word]; ok && !d.isParam {
			d.predef = true
		}
	case d.st == 1 && kind == tkLiteral:
		d.st = 5
		val, err := e.entityValue(tok[1:len(tok)-1], start)
		if e.declareEntity(&entity{text: []byte(val)}) && d.handled {
			// expat reports the value read before an error too.
			if cerr := e.call(hEntityDecl, d.name, b2i(d.isParam), val, e.base, nil, nil, nil); cerr != nil {
				return true, cerr
			}
			return true, err
		}
		if err != nil {
			return true, err
		}
	case d.st == 1 && kind == tkName && word == "SYSTEM":
		d.st = 2
	case d.st == 1 && kind == tkName && word == "PUBLIC":
		d.st = 3
	case d.st == 3 && kind == tkLiteral:
		if bad := badPublicID(tok); bad >= 0 {
			return true, e.fail(errPublicID, start+bad)
		}
		d.pub = strp(literal(tok))
		d.st = 2
	case d.st == 2 && kind == tkLiteral:
		d.sys = strp(literal(tok))
		d.st = 4
	case d.st == 4 && kind == tkName && word == "NDATA" && !d.isParam:
		d.st = 6
	case d.st == 6 && kind == tkName:
		d.st = 5
		d.notation = strp(word)
		if !e.declareEntity(&entity{systemID: d.sys, publicID: d.pub, notation: d.notation}) {
			return true, nil
		}
		if e.cb.has(hUnparsedEntityDecl) {
			return true, e.call(hUnparsedEntityDecl, d.name, e.base, *d.sys, optStr(d.pub), word)
		}
		if d.handled {
			return true, e.call(hEntityDecl, d.name, 0, nil, e.base, *d.sys, optStr(d.pub), word)
		}
		return true, e.reportDefault(tok)
	case d.st == 4 && kind == tkDeclClose:
		if e.declareEntity(&entity{systemID: d.sys, publicID: d.pub}) && d.handled {
			return true, e.call(hEntityDecl, d.name, b2i(d.isParam), nil, e.base, *d.sys, optStr(d.pub), nil)
		}
	case d.st == 5 && kind == tkDeclClose:
	default:
		return false, nil
	}
	return true, e.declDefault(tok)
}

// declareEntity records the entity being declared; it reports false
// when it was already declared (the first declaration wins) or
// declarations are no longer processed.
func (e *engine) declareEntity(ent *entity) bool {
	if !e.dtd.keepProcessing || e.decl.predef {
		return false
	}
	m := e.dtd.entities
	if e.decl.isParam {
		m = e.dtd.params
	}
	if _, dup := m[e.decl.name]; dup {
		return false
	}
	ent.inPE = e.peDepth > 0 || e.state == stExtSubset
	m[e.decl.name] = ent
	return true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// call runs handler h, converting an exception into errAbort.
func (e *engine) call(h handlerID, args ...any) *xmlError {
	if _, ok := e.cb.call(h, args...); !ok {
		return errAbort
	}
	return nil
}

// entityValue computes an internal entity's replacement text: character
// references are replaced, general entity references kept as written.
// On an error it also returns the text read so far.
func (e *engine) entityValue(v []byte, start int) (string, *xmlError) {
	var b strings.Builder
	at := start + 1 // offset of v in buf
	for i := 0; i < len(v); {
		switch v[i] {
		case '&':
			kind, end := scanRef(v, i, e.ns)
			switch kind {
			case tkCharRef:
				r, ok := charRefValue(v[i:end])
				if !ok {
					return b.String(), e.fail(errBadCharRef, at+i)
				}
				b.WriteRune(r)
			case tkEntityRef:
				b.Write(v[i:end])
			case tkInvalid:
				return b.String(), e.fail(errInvalidToken, at+end)
			default:
				return b.String(), e.fail(errInvalidToken, at+i)
			}
			i = end
		case '%':
			return b.String(), e.percentError(v, i, at)
		case '\r':
			b.WriteByte('\n')
			if i+1 < len(v) && v[i+1] == '\n' {
				i++
			}
			i++
		default:
			b.WriteByte(v[i])
			i++
		}
	}
	return b.String(), nil
}

// percentError reports a '%' in an entity value: a parameter entity
// reference is not allowed in the internal subset, and anything else is
// not well-formed (expat's scanPercent).
func (e *engine) percentError(v []byte, i, at int) *xmlError {
	if i+1 >= len(v) {
		return e.fail(errInvalidToken, at+i)
	}
	k, kind := scanName(v, i+1, true)
	switch {
	case kind == tkPartial || kind == tkPartialChar:
		return e.fail(errInvalidToken, at+i)
	case kind == tkInvalid:
		return e.fail(errInvalidToken, at+i+1)
	case v[k] != ';':
		return e.fail(errInvalidToken, at+k)
	}
	return e.fail(errParamEntityRef, at+i)
}

// notationToken advances a NOTATION declaration.
func (e *engine) notationToken(kind int, tok []byte, start int) (bool, *xmlError) {
	d := &e.decl
	word := string(tok)
	fire := func() *xmlError {
		if d.handled {
			return e.call(hNotationDecl, d.name, e.base, optStr(d.sys), optStr(d.pub))
		}
		return e.reportDefault(tok)
	}
	switch {
	case d.st == 0 && kind == tkName:
		d.name = word
		d.st = 1
	case d.st == 1 && kind == tkName && word == "SYSTEM":
		d.st = 2
	case d.st == 1 && kind == tkName && word == "PUBLIC":
		d.st = 3
	case d.st == 2 && kind == tkLiteral, d.st == 4 && kind == tkLiteral:
		d.sys = strp(literal(tok))
		d.st = 5
		return true, fire()
	case d.st == 3 && kind == tkLiteral:
		if bad := badPublicID(tok); bad >= 0 {
			return true, e.fail(errPublicID, start+bad)
		}
		d.pub = strp(literal(tok))
		d.st = 4
	case d.st == 4 && kind == tkDeclClose:
		return true, fire()
	case d.st == 5 && kind == tkDeclClose:
	default:
		return false, nil
	}
	return true, e.declDefault(tok)
}

// attlistToken advances an ATTLIST declaration.
func (e *engine) attlistToken(kind int, tok []byte, start int) (bool, *xmlError) {
	d := &e.decl
	word := string(tok)
	switch {
	case d.st == 0 && kind == tkName:
		d.name = word
		d.st = 1
	case d.st == 1 && kind == tkName:
		d.attName = word
		d.st = 2
	case d.st == 1 && kind == tkDeclClose:
	case d.st == 2 && kind == tkName && word == "NOTATION":
		d.notationType = true
		d.st = 3
	case d.st == 2 && kind == tkName && isAttType(word):
		d.attType = word
		d.st = 6
	case (d.st == 2 || d.st == 3) && kind == tkOpenParen:
		d.enum = d.enum[:0]
		d.st = 4
	case d.st == 4 && (kind == tkName || kind == tkNmtoken):
		d.enum = append(d.enum, word)
		d.st = 5
	case d.st == 5 && kind == tkOr:
		d.st = 4
	case d.st == 5 && kind == tkCloseParen && len(tok) == 1:
		d.attType = "(" + strings.Join(d.enum, "|") + ")"
		if d.notationType {
			d.attType = "NOTATION" + d.attType
		}
		d.st = 6
	case d.st == 6 && kind == tkPoundName && (word == "#REQUIRED" || word == "#IMPLIED"):
		return true, e.attDecl(nil, word == "#REQUIRED", tok)
	case d.st == 6 && kind == tkPoundName && word == "#FIXED":
		d.st = 7
	case (d.st == 6 || d.st == 7) && kind == tkLiteral:
		c := &cursor{s: tok}
		v, err := e.attrValue(c, tok[1:len(tok)-1], start+1)
		if err != nil {
			return true, err
		}
		if d.attType != "CDATA" {
			v = collapseSpaces(v)
		}
		return true, e.attDecl(&v, d.st == 7, tok)
	default:
		return false, nil
	}
	return true, e.declDefault(tok)
}

func isAttType(w string) bool {
	switch w {
	case "CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS":
		return true
	}
	return false
}

// attDecl completes one attribute definition of an ATTLIST.
func (e *engine) attDecl(def *string, required bool, tok []byte) *xmlError {
	d := &e.decl
	d.st = 1
	d.notationType = false
	if !e.dtd.keepProcessing {
		return e.reportDefault(tok)
	}
	e.dtd.declareAtt(d.name, attDef{name: d.attName, cdata: d.attType == "CDATA", def: def})
	if d.handled {
		return e.call(hAttlistDecl, d.name, d.attName, d.attType, optStr(def), b2i(required))
	}
	return e.reportDefault(tok)
}

// elementToken advances an ELEMENT declaration.
func (e *engine) elementToken(kind int, tok []byte) (bool, *xmlError) {
	d := &e.decl
	word := string(tok)
	switch {
	case d.st == 0 && kind == tkName:
		d.name = word
		d.st = 1
	case d.st == 1 && kind == tkName && (word == "EMPTY" || word == "ANY"):
		d.st = 9
		typ := ctypeEmpty
		if word == "ANY" {
			typ = ctypeAny
		}
		return true, e.elementDecl(&cmodel{typ: typ}, tok)
	case (d.st == 1 || d.st == 2) && kind == tkOpenParen && !d.mixed():
		g := &cmodel{typ: ctypeSeq}
		if n := len(d.groups); n > 0 {
			d.groups[n-1].kids = append(d.groups[n-1].kids, g)
		}
		d.groups = append(d.groups, g)
		d.st = 2
	case d.st == 2 && kind == tkPoundName && word == "#PCDATA" && len(d.groups) == 1 && len(d.groups[0].kids) == 0:
		d.groups[0].typ = ctypeMixed
		d.st = 3
	case d.st == 2 && (kind == tkName || kind == tkNameQuant):
		q := quantOf(tok[len(tok)-1])
		if q != cquantNone {
			if d.mixed() {
				return false, nil
			}
			word = word[:len(word)-1]
		}
		g := d.groups[len(d.groups)-1]
		g.kids = append(g.kids, &cmodel{typ: ctypeName, quant: q, name: strp(word)})
		d.st = 3
	case d.st == 3 && (kind == tkOr || kind == tkComma):
		g := d.groups[len(d.groups)-1]
		sep := byte('|')
		if kind == tkComma {
			sep = ','
		}
		if g.sep != 0 && g.sep != sep || g.typ == ctypeMixed && sep == ',' {
			return false, nil
		}
		g.sep = sep
		if g.typ != ctypeMixed && sep == '|' {
			g.typ = ctypeChoice
		}
		d.st = 2
	case d.st == 3 && kind == tkCloseParen:
		g := d.groups[len(d.groups)-1]
		g.quant = quantOf(tok[len(tok)-1])
		if g.typ == ctypeMixed && (len(g.kids) > 0 && g.quant != cquantRep || g.quant != cquantNone && g.quant != cquantRep) {
			return false, nil
		}
		d.groups = d.groups[:len(d.groups)-1]
		if len(d.groups) == 0 {
			d.st = 9
			return true, e.elementDecl(g, tok)
		}
	case d.st == 9 && kind == tkDeclClose:
	default:
		return false, nil
	}
	return true, e.declDefault(tok)
}

func (e *engine) elementDecl(m *cmodel, tok []byte) *xmlError {
	if e.decl.handled {
		return e.call(hElementDecl, e.decl.name, m)
	}
	return e.reportDefault(tok)
}

// badPublicID returns the offset in the literal tok of the first
// character not allowed in a public identifier, or -1.
func badPublicID(tok []byte) int {
	for i := 1; i < len(tok)-1; i++ {
		c := tok[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte(" \r\n-'()+,./:=?;!*#@$_%", c) >= 0 {
			continue
		}
		return i
	}
	return -1
}

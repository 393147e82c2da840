// This file defines the processing of the prolog, the document type
// declaration and the epilog, as expat's doProlog and epilogProcessor
// with the role state machine of xmlrole.c: each token either belongs to
// a declaration whose handler is set, or goes to the default handler.

package pyexpat

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
	psCondName    // after "<![" in an external subset
	psCondBracket // after INCLUDE or IGNORE
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
		if e.skipIgnored {
			end := ignoredSection(c.s, start)
			if end < 0 {
				if final {
					return e.fail(errSyntax, start)
				}
				return nil
			}
			e.skipIgnored = false
			if err := e.reportDefault(c.s[start:end]); err != nil {
				return err
			}
			c.i = end
			continue
		}
		kind, next := scanProlog(c.s, start, final, e.ns)
		switch kind {
		case tkNone:
			if e.state == stExtSubset && final && !c.entity && (e.ps != psSubset || e.condDepth > 0) {
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
			if err.code == errSyntax && kind == tkPERef {
				// expat names a misplaced parameter entity reference.
				e.errCode = errParamEntityRef
				return &xmlError{code: errParamEntityRef}
			}
			return err // expat's doProlog stops at the token's start
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
	case psCondName, psCondBracket:
		return e.condToken(kind, tok, start)
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
	case e.ps == psDTName && (kind == tkName || kind == tkPrefixed):
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
		e.dt.pub = strp(publicID(tok))
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
	case tkCondOpen, tkCondClose:
		if e.state != stExtSubset {
			return e.fail(errSyntax, start)
		}
		if kind == tkCondOpen {
			e.ps = psCondName
		} else if e.condDepth == 0 {
			return e.fail(errSyntax, start)
		} else {
			e.condDepth--
		}
		return e.reportDefault(tok)
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

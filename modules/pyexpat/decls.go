// This file defines the markup declarations of the DTD (ENTITY,
// NOTATION, ATTLIST, ELEMENT), read token by token as expat's role state
// machine reads them: each handler fires on the token expat fires it on,
// and the declaration's other tokens go to the default handler only when
// its handler is not set.

package pyexpat

import "strings"

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
	case d.st == 0 && kind == tkPercent && !d.isParam:
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
		d.pub = strp(publicID(tok))
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
	if e.ns {
		if c := colonIn(v, i+1, k); c >= 0 {
			return e.fail(errInvalidToken, at+c)
		}
	}
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
		d.pub = strp(publicID(tok))
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
	case d.st == 0 && (kind == tkName || kind == tkPrefixed):
		d.name = word
		d.st = 1
	case d.st == 1 && (kind == tkName || kind == tkPrefixed):
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
	case d.st == 4 && (kind == tkName || !d.notationType && (kind == tkNmtoken || kind == tkPrefixed)):
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
	case d.st == 0 && (kind == tkName || kind == tkPrefixed):
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
	case d.st == 2 && (kind == tkName || kind == tkNameQuant || kind == tkPrefixed):
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

// publicID returns a public identifier literal's text with white space
// normalized, as expat's normalizePublicId.
func publicID(tok []byte) string {
	return strings.Join(strings.Fields(literal(tok)), " ")
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

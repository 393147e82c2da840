// This file defines parameter entity references in the DTD (expanded
// when parameter entity parsing is on) and the conditional sections of
// external subsets.

package pyexpat

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

// condToken handles the keyword and '[' of a conditional section
// ("<![INCLUDE[" or "<![IGNORE["), allowed in external subsets only. An
// included section's declarations are read as usual up to its "]]>"; an
// ignored one is skipped whole (the default handler gets its text).
func (e *engine) condToken(kind int, tok []byte, start int) *xmlError {
	switch {
	case e.ps == psCondName && kind == tkName && (string(tok) == "INCLUDE" || string(tok) == "IGNORE"):
		e.condIgnore = string(tok) == "IGNORE"
		e.ps = psCondBracket
	case e.ps == psCondBracket && kind == tkOpenBracket:
		e.ps = psSubset
		if !e.condIgnore {
			e.condDepth++
		} else {
			e.skipIgnored = true
		}
	default:
		return e.fail(errSyntax, start)
	}
	return e.reportDefault(tok)
}

// ignoredSection finds the end of an ignored section's text at s[i:]
// (which may contain nested "<![ ... ]]>"): it returns the offset after
// the closing "]]>", or -1 when the input ends first.
func ignoredSection(s []byte, i int) int {
	depth := 0
	for j := i; j+2 < len(s); j++ {
		switch {
		case s[j] == '<' && s[j+1] == '!' && s[j+2] == '[':
			depth++
			j += 2
		case s[j] == ']' && s[j+1] == ']' && s[j+2] == '>':
			if depth == 0 {
				return j + 3
			}
			depth--
			j += 2
		}
	}
	return -1
}

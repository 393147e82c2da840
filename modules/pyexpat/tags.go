// This file defines start and end tags: attribute value normalization
// with entity expansion, attribute defaults from the DTD, duplicate
// checks and namespace processing, as expat's storeAtts.

package pyexpat

import (
	"slices"
	"strings"
)

// attrList is the attributes of a start tag as handlers receive them:
// names and values alternating, the specified ones first.
type attrList struct {
	items     []string
	specified int
}

// bindings is the namespace prefixes in scope.
type bindings struct {
	uri   map[string]string // prefix ("" for the default namespace) to URI
	order []string          // prefixes in declaration order
}

const xmlNamespace = "http://www.w3.org/XML/1998/namespace"
const xmlnsNamespace = "http://www.w3.org/2000/xmlns/"

func predefinedBindings() *bindings {
	return &bindings{uri: map[string]string{"xml": xmlNamespace}, order: []string{"xml"}}
}

// context lists the bindings as expat's getContext: "=uri" for the
// default namespace, then "prefix=uri", separated by form feeds.
func (b *bindings) context() string {
	var parts []string
	if u, ok := b.uri[""]; ok {
		parts = append(parts, "="+u)
	}
	for _, p := range b.order {
		if u, ok := b.uri[p]; ok && p != "" {
			parts = append(parts, p+"="+u)
		}
	}
	return strings.Join(parts, "\f")
}

// setContext binds the prefixes a context string lists ("prefix=uri" or
// "=uri" for the default namespace, separated by form feeds), as expat's
// setContext; the other entries name open entities and are skipped.
func (b *bindings) setContext(ctx string) {
	for _, part := range strings.Split(ctx, "\f") {
		prefix, uri, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		b.uri[prefix] = uri
		b.order = appendOnce(b.order, prefix)
	}
}

// startTag handles a start tag or empty-element tag at c.s[start:next].
func (e *engine) startTag(c *cursor, start, next int, empty bool) *xmlError {
	s := c.s
	nameEnd, _ := scanName(s, start+1, true)
	raw := e.str(s[start+1 : nameEnd])
	tag := e.newTag(raw)
	list, err := e.collectAttrs(c, start, tag)
	if err == nil && e.ns {
		err = e.nsExpand(c, start, tag, &list)
	}
	if err != nil {
		// For an empty-element tag expat ends the bindings it made
		// before failing (reporting them); a start tag keeps them.
		if empty && len(tag.bindings) > 0 {
			e.tags = append(e.tags, tag)
			if perr := e.popTag(); perr != nil {
				return perr
			}
		}
		return err
	}
	e.tags = append(e.tags, tag)
	hasStart := e.cb.has(hStartElement)
	if hasStart {
		if _, ok := e.cb.call(hStartElement, name(tag.name), list); !ok {
			return errAbort
		}
	}
	if !empty {
		if !hasStart {
			return e.reportDefault(s[start:next])
		}
		return nil
	}
	hasEnd := e.cb.has(hEndElement)
	if hasEnd {
		if hasStart {
			e.setEvent(c, next)
		}
		if _, ok := e.cb.call(hEndElement, name(tag.name)); !ok {
			return errAbort
		}
	}
	if !hasStart && !hasEnd {
		if err := e.reportDefault(s[start:next]); err != nil {
			return err
		}
	}
	return e.popTag()
}

// hasName reports whether items (names and values alternating) has an
// attribute called nm; tags have few attributes, so a scan beats a map.
func hasName(items []string, nm string) bool {
	for i := 0; i < len(items); i += 2 {
		if items[i] == nm {
			return true
		}
	}
	return false
}

// endTag handles an end tag at c.s[start:next].
func (e *engine) endTag(c *cursor, start, next int) *xmlError {
	s := c.s
	nameEnd, _ := scanName(s, start+2, true)
	raw := s[start+2 : nameEnd]
	if len(e.tags) == c.depth {
		if c.entity {
			return e.failHere(errAsyncEntity)
		}
		return e.fail(errTagMismatch, start+2)
	}
	tag := e.tags[len(e.tags)-1]
	if tag.raw != string(raw) {
		return e.failAt(c, errTagMismatch, start+2)
	}
	if err := e.report(hEndElement, s[start:next], name(tag.name)); err != nil {
		return err
	}
	return e.popTag()
}

// popTag closes the innermost element, ending its namespace bindings.
func (e *engine) popTag() *xmlError {
	tag := e.tags[len(e.tags)-1]
	e.tags = e.tags[:len(e.tags)-1]
	defer e.freeTag(tag)
	for i := len(tag.bindings) - 1; i >= 0; i -= 2 {
		prefix, old := tag.bindings[i-1], tag.bindings[i]
		e.unbind(prefix, old)
		if e.cb.has(hEndNamespaceDecl) {
			var p any = prefix
			if prefix == "" {
				p = nil
			}
			if _, ok := e.cb.call(hEndNamespaceDecl, p); !ok {
				return errAbort
			}
		}
	}
	return nil
}

// unbind restores a prefix's previous binding ("\x00" for none).
func (e *engine) unbind(prefix, old string) {
	if old == "\x00" {
		delete(e.nsb.uri, prefix)
		return
	}
	e.nsb.uri[prefix] = old
}

// collapseSpaces normalizes a non-CDATA attribute value.
func collapseSpaces(v string) string {
	return strings.Join(strings.FieldsFunc(v, func(r rune) bool { return r == ' ' }), " ")
}

// attrValue normalizes an attribute value: references expanded, white
// space characters turned into spaces. at is the value's offset in c.s.
func (e *engine) attrValue(c *cursor, v []byte, at int) (string, *xmlError) {
	plain := true
	for _, ch := range v {
		if ch == '&' || ch == '\r' || ch == '\n' || ch == '\t' || ch == '<' {
			plain = false
			break
		}
	}
	if plain {
		return string(v), nil
	}
	var b strings.Builder
	if err := e.appendAttrValue(c, &b, v, at, false); err != nil {
		return "", err
	}
	return b.String(), nil
}

func (e *engine) appendAttrValue(c *cursor, b *strings.Builder, v []byte, at int, inEntity bool) *xmlError {
	for i := 0; i < len(v); {
		ch := v[i]
		switch ch {
		case '\r':
			b.WriteByte(' ')
			if i+1 < len(v) && v[i+1] == '\n' {
				i++
			}
			i++
		case '\n', '\t':
			b.WriteByte(' ')
			i++
		case '<':
			return e.attrFail(c, errInvalidToken, at+i, inEntity)
		case '&':
			kind, end := scanRef(v, i, e.ns)
			if kind == tkCharRef {
				r, ok := charRefValue(v[i:end])
				if !ok {
					return e.attrFail(c, errBadCharRef, at+i, inEntity)
				}
				b.WriteRune(r)
			} else if kind == tkEntityRef {
				if err := e.attrEntity(c, b, string(v[i+1:end-1]), at+i, inEntity); err != nil {
					return err
				}
			} else if kind == tkInvalid {
				return e.attrFail(c, errInvalidToken, at+end, inEntity)
			} else {
				return e.attrFail(c, errInvalidToken, at+i, inEntity)
			}
			i = end
		default:
			b.WriteByte(ch)
			i++
		}
	}
	return nil
}

// attrFail reports an error in an attribute value: expat reports an
// undefined, recursive or unparsed entity at the start of the tag (or
// literal), other errors in the document's own text where they are.
func (e *engine) attrFail(c *cursor, code, at int, inEntity bool) *xmlError {
	if code != errUndefinedEntity && code != errRecursiveEntityRef && code != errBinaryEntityRef && !inEntity && !c.entity {
		return e.fail(code, at)
	}
	return e.failHere(code)
}

// attrEntity expands an entity reference inside an attribute value.
func (e *engine) attrEntity(c *cursor, b *strings.Builder, nm string, at int, inEntity bool) *xmlError {
	if ch, ok := predefined[nm]; ok {
		b.WriteString(ch)
		return nil
	}
	ent := e.dtd.entities[nm]
	if ent == nil {
		if !e.dtd.hasParamEntityRefs || e.standalone == 1 {
			return e.attrFail(c, errUndefinedEntity, at, inEntity)
		}
		return nil
	}
	switch {
	case ent.open:
		return e.attrFail(c, errRecursiveEntityRef, at, inEntity)
	case ent.notation != nil:
		return e.attrFail(c, errBinaryEntityRef, at, inEntity)
	case ent.text == nil:
		return e.attrFail(c, errAttributeExternalEntityRef, at, inEntity)
	}
	if err := e.account(len(ent.text)); err != nil {
		return err
	}
	ent.open = true
	defer func() { ent.open = false }()
	return e.appendAttrValue(c, b, ent.text, at, true)
}

// xmlnsPrefix reports whether attribute an declares a namespace, and
// the prefix it declares ("" for the default namespace).
func xmlnsPrefix(an string) (string, bool) {
	switch {
	case an == "xmlns":
		return "", true
	case strings.HasPrefix(an, "xmlns:"):
		return an[6:], true
	}
	return "", false
}

// collectAttrs normalizes the tag's attributes, adds the DTD's defaults
// and, with namespace processing, binds the xmlns attributes as they come
// (as expat's storeAtts).
func (e *engine) collectAttrs(c *cursor, start int, tag *openTag) (attrList, *xmlError) {
	s := c.s
	var list attrList
	if len(e.attrs) == 0 && len(e.dtd.elements) == 0 {
		return list, nil
	}
	list.items = make([]string, 0, 2*len(e.attrs))
	seen := make([]string, 0, len(e.attrs))
	for _, a := range e.attrs {
		an := e.str(s[a.name:a.nameEnd])
		for _, x := range seen {
			if x == an {
				return list, e.failAt(c, errDuplicateAttribute, a.name)
			}
		}
		seen = append(seen, an)
		val, err := e.attrValue(c, s[a.val:a.valEnd], a.val)
		if err != nil {
			return list, err
		}
		if len(e.dtd.elements) > 0 {
			if def := e.dtd.attDef(tag.raw, an); def != nil && !def.cdata {
				val = collapseSpaces(val)
			}
		}
		if err := e.addAttr(c, start, tag, &list, an, val); err != nil {
			return list, err
		}
	}
	list.specified = len(list.items)
	if et := e.dtd.elements[tag.raw]; et != nil {
		for _, d := range et.atts {
			if d.def == nil || slices.Contains(seen, d.name) {
				continue
			}
			if err := e.addAttr(c, start, tag, &list, d.name, *d.def); err != nil {
				return list, err
			}
		}
	}
	return list, nil
}

// addAttr appends an attribute, or binds it when it declares a namespace.
func (e *engine) addAttr(c *cursor, start int, tag *openTag, list *attrList, an, val string) *xmlError {
	if e.ns {
		if prefix, ok := xmlnsPrefix(an); ok {
			return e.bind(c, start, tag, prefix, val)
		}
	}
	list.items = append(list.items, an, val)
	return nil
}

// nsExpand expands the element's and attributes' qualified names.
func (e *engine) nsExpand(c *cursor, start int, tag *openTag, out *attrList) *xmlError {
	for i := 0; i < len(out.items); i += 2 {
		an := out.items[i]
		if strings.IndexByte(an, ':') < 0 {
			continue
		}
		exp, ok := e.expand(an, false)
		if !ok {
			return e.failAt(c, errUnboundPrefix, start)
		}
		if hasName(out.items[:i], exp) {
			return e.failAt(c, errDuplicateAttribute, start)
		}
		out.items[i] = exp
	}
	exp, ok := e.expand(tag.raw, true)
	if !ok {
		return e.failAt(c, errUnboundPrefix, start)
	}
	tag.name = exp
	return nil
}

// bind declares prefix ("" for the default namespace) as uri for tag.
func (e *engine) bind(c *cursor, start int, tag *openTag, prefix, uri string) *xmlError {
	switch {
	case prefix == "xmlns":
		return e.failAt(c, errReservedPrefixXMLNS, start)
	case prefix == "xml" && uri != xmlNamespace:
		return e.failAt(c, errReservedPrefixXML, start)
	case prefix != "xml" && (uri == xmlNamespace || uri == xmlnsNamespace):
		return e.failAt(c, errReservedNamespaceURI, start)
	case prefix != "" && uri == "":
		return e.failAt(c, errUndeclaringPrefix, start)
	case e.nsSep != "" && strings.Contains(uri, e.nsSep):
		// Since expat 2.4.5 a URI may not contain the separator.
		return e.failAt(c, errSyntax, start)
	}
	old, had := e.nsb.uri[prefix]
	if !had {
		old = "\x00"
	}
	if uri == "" {
		delete(e.nsb.uri, prefix)
	} else {
		e.nsb.uri[prefix] = uri
		e.nsb.order = appendOnce(e.nsb.order, prefix)
	}
	tag.bindings = append(tag.bindings, prefix, old)
	if e.cb.has(hStartNamespaceDecl) {
		var p, u any = prefix, uri
		if prefix == "" {
			p = nil
		}
		if uri == "" {
			u = nil
		}
		if _, ok := e.cb.call(hStartNamespaceDecl, p, u); !ok {
			return errAbort
		}
	}
	return nil
}

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// expand turns a qualified name into "uri sep local [sep prefix]";
// element names use the default namespace. ok is false for an unbound
// prefix.
func (e *engine) expand(qn string, element bool) (string, bool) {
	prefix, local := "", qn
	if i := strings.IndexByte(qn, ':'); i >= 0 {
		prefix, local = qn[:i], qn[i+1:]
	} else if !element {
		return qn, true
	}
	uri, ok := e.nsb.uri[prefix]
	if !ok {
		if prefix != "" {
			return "", false
		}
		return qn, true
	}
	s := uri + e.nsSep + local
	if e.nsTriplets && prefix != "" && e.nsSep != "" {
		s += e.nsSep + prefix
	}
	return s, true
}

// str returns b as a string, sharing one copy per distinct name: element
// and attribute names repeat, and this saves an allocation per tag.
func (e *engine) str(b []byte) string {
	if s, ok := e.names[string(b)]; ok {
		return s
	}
	s := string(b)
	if e.names == nil {
		e.names = map[string]string{}
	}
	if len(e.names) < 4096 {
		e.names[s] = s
	}
	return s
}

// newTag returns an openTag for raw, reusing a closed one.
func (e *engine) newTag(raw string) *openTag {
	if n := len(e.spareTags); n > 0 {
		t := e.spareTags[n-1]
		e.spareTags = e.spareTags[:n-1]
		*t = openTag{raw: raw, name: raw, bindings: t.bindings[:0]}
		return t
	}
	return &openTag{raw: raw, name: raw}
}

// freeTag keeps a closed tag for reuse.
func (e *engine) freeTag(t *openTag) { e.spareTags = append(e.spareTags, t) }

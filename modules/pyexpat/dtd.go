// This file defines what the engine remembers of the DTD: general
// entities, attribute declarations (for defaults and normalization) and
// the content models reported to ElementDeclHandler.

package pyexpat

// entity is a declared general or parameter entity.
type entity struct {
	text               []byte // replacement text of an internal entity, else nil
	systemID, publicID *string
	notation           *string
	open               bool
	inPE               bool // declared in a parameter entity or the external subset
}

// attDef is one declared attribute of an element type.
type attDef struct {
	name  string
	cdata bool
	def   *string // the default value, nil for #IMPLIED and #REQUIRED
}

// elementType collects the attribute declarations of one element.
type elementType struct {
	atts []attDef
}

// dtd is the document's DTD.
type dtd struct {
	entities           map[string]*entity
	params             map[string]*entity
	elements           map[string]*elementType
	hasParamEntityRefs bool
	keepProcessing     bool
	paramEntityRead    bool // an external parameter entity was parsed
}

func newDTD() *dtd {
	return &dtd{entities: map[string]*entity{}, params: map[string]*entity{},
		elements: map[string]*elementType{}, keepProcessing: true}
}

// attDef returns the declaration of attribute att of element el, if any.
func (d *dtd) attDef(el, att string) *attDef {
	et := d.elements[el]
	if et == nil {
		return nil
	}
	for i := range et.atts {
		if et.atts[i].name == att {
			return &et.atts[i]
		}
	}
	return nil
}

// declareAtt records an attribute declaration; the first one wins.
func (d *dtd) declareAtt(el string, a attDef) {
	et := d.elements[el]
	if et == nil {
		et = &elementType{}
		d.elements[el] = et
	}
	for _, x := range et.atts {
		if x.name == a.name {
			return
		}
	}
	et.atts = append(et.atts, a)
}

// Content model types and quantifiers (pyexpat.model).
const (
	ctypeEmpty  = 1
	ctypeAny    = 2
	ctypeMixed  = 3
	ctypeName   = 4
	ctypeChoice = 5
	ctypeSeq    = 6

	cquantNone = 0
	cquantOpt  = 1
	cquantRep  = 2
	cquantPlus = 3
)

// cmodel is a content model node: (type, quantifier, name, children).
type cmodel struct {
	sep        byte // the group's separator once seen: '|' or ','
	typ, quant int
	name       *string
	kids       []*cmodel
}

// quantOf maps a trailing '?', '*' or '+' to a quantifier.
func quantOf(c byte) int {
	switch c {
	case '?':
		return cquantOpt
	case '*':
		return cquantRep
	case '+':
		return cquantPlus
	}
	return cquantNone
}

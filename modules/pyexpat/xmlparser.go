// This file defines pyexpat.xmlparser, the parser object ParserCreate
// returns: its handler attributes, its settings (buffer_text,
// ordered_attributes, ...), position and error attributes, and the
// Parse/ParseFile methods.

package pyexpat

import (
	"sync"

	"krait/runtime"
)

// handlerNames are the handler attributes, indexed by handlerID.
var handlerNames = [nHandlers]string{
	"StartElementHandler", "EndElementHandler", "ProcessingInstructionHandler",
	"CharacterDataHandler", "UnparsedEntityDeclHandler", "NotationDeclHandler",
	"StartNamespaceDeclHandler", "EndNamespaceDeclHandler", "CommentHandler",
	"StartCdataSectionHandler", "EndCdataSectionHandler", "DefaultHandler",
	"DefaultHandlerExpand", "NotStandaloneHandler", "ExternalEntityRefHandler",
	"StartDoctypeDeclHandler", "EndDoctypeDeclHandler", "EntityDeclHandler",
	"XmlDeclHandler", "ElementDeclHandler", "AttlistDeclHandler",
	"SkippedEntityHandler",
}

// xmlparser is a pyexpat.xmlparser object.
type xmlparser struct {
	runtime.Header
	eng      *engine
	handlers [nHandlers]value

	internDict  *runtime.Dict
	internCache map[string]value // names already interned, for speed
	internVal   value

	buffer     []byte // nil unless buffer_text
	bufferSize int

	orderedAttributes   bool
	specifiedAttributes bool
	nsPrefixes          bool

	defKind   int // the default handler expat would call: 0 none, 1 DefaultHandler, 2 DefaultHandlerExpand
	defExpand bool

	pending    *runtime.Exception
	inCallback bool
	base       value
}

// XMLParserType is pyexpat.xmlparser, created by parserTypeOnce on the
// module's first import (or first parser) rather than at process start-up.
var XMLParserType *runtime.Type

var parserTypeOnce sync.Once

// createParserType is initParserType, reached through a variable set by
// init because the parser's methods call parserType (an initialization
// cycle otherwise).
var createParserType func()

func init() { createParserType = initParserType }

// parserType returns XMLParserType, creating it first if need be.
func parserType() *runtime.Type {
	parserTypeOnce.Do(createParserType)
	return XMLParserType
}

func initParserType() {
	getsets := []runtime.GetSetDef{}
	for i := range handlerNames {
		h := handlerID(i)
		getsets = append(getsets, runtime.GetSetDef{Name: handlerNames[i],
			Get: func(o value) (value, *runtime.Exception) {
				v := parserOf(o).handlers[h]
				if v.IsNull() {
					return runtime.None, nil
				}
				return v, nil
			},
			Set: func(o, v value) *runtime.Exception { return parserOf(o).setHandler(h, v) }})
	}
	getsets = append(getsets, parserGetSets...)
	XMLParserType = runtime.NewNativeType(&runtime.TypeSpec{Name: "pyexpat.xmlparser", Doc: "XML parser",
		Methods: parserMethods, GetSets: getsets}, nil)
}

func parserOf(v value) *xmlparser { return runtime.PtrOf[xmlparser](v) }

// setHandler sets (or, with None, clears) handler h.
func (p *xmlparser) setHandler(h handlerID, v value) *runtime.Exception {
	if h == hCharacterData {
		if !p.flush() {
			err := p.pending
			p.pending = nil
			return err
		}
	}
	if v.IsNull() || v.IsNone() {
		p.handlers[h] = value{}
		if h == hDefault || h == hDefaultExpand {
			p.defKind, p.defExpand = 0, false
		}
		return nil
	}
	p.handlers[h] = v
	switch h {
	case hDefault:
		p.defKind, p.defExpand = 1, false
	case hDefaultExpand:
		p.defKind, p.defExpand = 2, true
	}
	return nil
}

// newParser creates a parser; nsSep is nil without namespaces.
func newParser(encoding string, nsSep *string, intern value) *xmlparser {
	p := &xmlparser{Header: runtime.NewHeader(parserType()), bufferSize: 8192, defExpand: true,
		internVal: intern, base: runtime.None}
	if d, ok := intern.TryDict(); ok {
		p.internDict = d
	}
	p.eng = newEngine(p, encoding, nsSep)
	p.eng.base = nil
	return p
}

func boolGetSet(nm string, field func(p *xmlparser) *bool, apply func(p *xmlparser)) runtime.GetSetDef {
	return runtime.GetSetDef{Name: nm,
		Get: func(o value) (value, *runtime.Exception) { return runtime.Bool(*field(parserOf(o))), nil },
		Set: func(o, v value) *runtime.Exception {
			if v.IsNull() {
				return runtime.NewAttributeError("cannot delete attribute")
			}
			b, err := runtime.IsTrue(v)
			if err != nil {
				return err
			}
			p := parserOf(o)
			*field(p) = b
			if apply != nil {
				apply(p)
			}
			return nil
		}}
}

func intGetter(nm string, f func(p *xmlparser) int64) runtime.GetSetDef {
	return runtime.GetSetDef{Name: nm, Get: func(o value) (value, *runtime.Exception) {
		return runtime.Int(f(parserOf(o))), nil
	}}
}

// position returns the current event's position.
func (p *xmlparser) position() position { return p.eng.currentPos() }

func (p *xmlparser) byteIndex() int64 {
	if !p.eng.started || p.eng.total == 0 {
		return -1
	}
	return p.position().byteIdx
}

var parserGetSets = []runtime.GetSetDef{
	boolGetSet("ordered_attributes", func(p *xmlparser) *bool { return &p.orderedAttributes }, nil),
	boolGetSet("specified_attributes", func(p *xmlparser) *bool { return &p.specifiedAttributes }, nil),
	boolGetSet("namespace_prefixes", func(p *xmlparser) *bool { return &p.nsPrefixes },
		func(p *xmlparser) { p.eng.nsTriplets = p.nsPrefixes }),
	{Name: "buffer_text", Get: func(o value) (value, *runtime.Exception) {
		return runtime.Bool(parserOf(o).buffer != nil), nil
	}, Set: setBufferText},
	{Name: "buffer_size", Get: func(o value) (value, *runtime.Exception) {
		return runtime.Int(int64(parserOf(o).bufferSize)), nil
	}, Set: setBufferSize},
	intGetter("buffer_used", func(p *xmlparser) int64 { return int64(len(p.buffer)) }),
	{Name: "intern", Get: func(o value) (value, *runtime.Exception) {
		p := parserOf(o)
		if p.internDict == nil {
			return runtime.None, nil
		}
		return p.internVal, nil
	}},
	intGetter("ErrorCode", func(p *xmlparser) int64 { return int64(p.eng.errCode) }),
	intGetter("ErrorLineNumber", func(p *xmlparser) int64 { return int64(p.position().line + 1) }),
	intGetter("ErrorColumnNumber", func(p *xmlparser) int64 { return int64(p.position().col) }),
	intGetter("ErrorByteIndex", func(p *xmlparser) int64 { return p.byteIndex() }),
	intGetter("CurrentLineNumber", func(p *xmlparser) int64 { return int64(p.position().line + 1) }),
	intGetter("CurrentColumnNumber", func(p *xmlparser) int64 { return int64(p.position().col) }),
	intGetter("CurrentByteIndex", func(p *xmlparser) int64 { return p.byteIndex() }),
}

func setBufferText(o, v value) *runtime.Exception {
	if v.IsNull() {
		return runtime.NewAttributeError("cannot delete attribute")
	}
	b, err := runtime.IsTrue(v)
	if err != nil {
		return err
	}
	p := parserOf(o)
	if b {
		if p.buffer == nil {
			p.buffer = make([]byte, 0, 64)
		}
		return nil
	}
	if p.buffer != nil {
		if !p.flush() {
			err := p.pending
			p.pending = nil
			return err
		}
		p.buffer = nil
	}
	return nil
}

func setBufferSize(o, v value) *runtime.Exception {
	if v.IsNull() {
		return runtime.NewAttributeError("cannot delete attribute")
	}
	n, ok := runtime.IntOf(v)
	if !ok {
		if _, big := runtime.BigIntOf(v); big {
			return runtime.NewOverflowError("Python int too large to convert to C long")
		}
		return runtime.NewTypeError("buffer_size must be an integer")
	}
	if n <= 0 {
		return runtime.NewValueError("buffer_size must be greater than zero")
	}
	if n > 2147483647 {
		return runtime.NewValueError("buffer_size must not be greater than %d", 2147483647)
	}
	p := parserOf(o)
	if int(n) != p.bufferSize && p.buffer != nil {
		if !p.flush() {
			err := p.pending
			p.pending = nil
			return err
		}
	}
	p.bufferSize = int(n)
	return nil
}

// This file defines how the engine's events reach Python: the handler
// calls with their arguments converted (names interned through the
// parser's intern dict, attributes as a dict or an ordered list, content
// models as tuples), the character data buffer of buffer_text, and what
// happens when a handler raises.

package pyexpat

import (
	"strings"

	"krait/runtime"
)

type value = runtime.Value

// has implements callbacks.
func (p *xmlparser) has(h handlerID) bool {
	if h == hDefault {
		return p.defKind != 0
	}
	return !p.handlers[h].IsNull()
}

// expandInternal implements callbacks.
func (p *xmlparser) expandInternal() bool { return p.defExpand }

// call implements callbacks.
func (p *xmlparser) call(h handlerID, args ...any) (int, bool) {
	if p.pending != nil {
		return 0, false
	}
	if h == hCharacterData && p.buffer != nil {
		return 0, p.bufferData(args[0].(string))
	}
	if !p.flush() {
		return 0, false
	}
	fn := p.handlers[h]
	if h == hDefault && p.defKind == 2 {
		fn = p.handlers[hDefaultExpand]
	}
	if fn.IsNull() {
		return 0, true
	}
	pyArgs := make([]value, len(args))
	for i, a := range args {
		v, err := p.convert(a)
		if err != nil {
			p.flagError(err)
			return 0, false
		}
		pyArgs[i] = v
	}
	prev := p.inCallback
	p.inCallback = true
	res, err := runtime.Call(fn, pyArgs, nil)
	p.inCallback = prev
	if err != nil {
		if h == hDefault && p.defKind == 2 {
			h = hDefaultExpand
		}
		p.handlerError(h, err)
		return 0, false
	}
	if h != hNotStandalone && h != hExternalEntityRef {
		return 0, true
	}
	n, ok := runtime.IntOf(res)
	if !ok {
		if b, isBool := boolOf(res); isBool {
			return b, true
		}
		p.flagError(runtime.NewTypeError("an integer is required"))
		return 0, false
	}
	return int(n), true
}

func boolOf(v value) (int, bool) {
	switch v {
	case runtime.True:
		return 1, true
	case runtime.False:
		return 0, true
	}
	return 0, false
}

// flagError records a handler's exception and, as pyexpat does, clears
// every handler so that nothing else is called.
func (p *xmlparser) flagError(err *runtime.Exception) {
	p.pending = err
	if p.eng.state != stError {
		// pyexpat also stops the parser: later Parse calls fail with
		// "parsing finished".
		p.eng.state = stFinished
	}
	for i := range p.handlers {
		p.handlers[i] = value{}
	}
	p.defKind = 0
}

// handlerError records the exception a handler raised, with the
// traceback entry CPython's call_with_frame adds ("pyexpat.c", in the
// handler's event name).
func (p *xmlparser) handlerError(h handlerID, err *runtime.Exception) {
	runtime.AddNativeTraceback(err, strings.TrimSuffix(handlerNames[h], "Handler"), "pyexpat.c", 1+int(h))
	p.flagError(err)
}

// bufferData adds character data to the buffer of buffer_text, as
// pyexpat's my_CharacterDataHandler.
func (p *xmlparser) bufferData(s string) bool {
	if len(p.buffer)+len(s) > p.bufferSize {
		if !p.flush() {
			return false
		}
		if p.handlers[hCharacterData].IsNull() {
			return true
		}
	}
	if len(s) > p.bufferSize {
		return p.callCharacterData(s)
	}
	p.buffer = append(p.buffer, s...)
	return true
}

// flush passes buffered character data to CharacterDataHandler.
func (p *xmlparser) flush() bool {
	if len(p.buffer) == 0 {
		return true
	}
	// As pyexpat, the handler still sees buffer_used of the text.
	ok := p.callCharacterData(string(p.buffer))
	if p.buffer != nil {
		p.buffer = p.buffer[:0]
	}
	return ok
}

func (p *xmlparser) callCharacterData(s string) bool {
	fn := p.handlers[hCharacterData]
	if fn.IsNull() {
		return true
	}
	prev := p.inCallback
	p.inCallback = true
	_, err := runtime.Call(fn, []value{runtime.StrValue(s)}, nil)
	p.inCallback = prev
	if err != nil {
		p.handlerError(hCharacterData, err)
		return false
	}
	return true
}

// intern returns the interned str for s.
func (p *xmlparser) intern(s string) (value, *runtime.Exception) {
	if p.internDict == nil {
		return runtime.StrValue(s), nil
	}
	if v, ok := p.internCache[s]; ok {
		return v, nil
	}
	v := runtime.StrValue(s)
	if old, ok := p.internDict.GetStr(runtime.NewStr(s)); ok {
		v = old
	} else if err := p.internDict.SetItem(v, v); err != nil {
		return value{}, err
	}
	if p.internCache == nil {
		p.internCache = map[string]value{}
	}
	p.internCache[s] = v
	return v, nil
}

// convert turns an engine argument into a Python object.
func (p *xmlparser) convert(a any) (value, *runtime.Exception) {
	switch a := a.(type) {
	case nil:
		return runtime.None, nil
	case string:
		return runtime.StrValue(a), nil
	case name:
		return p.intern(string(a))
	case int:
		return runtime.Int(int64(a)), nil
	case value:
		return a, nil
	case attrList:
		return p.attributes(a)
	case *cmodel:
		return modelTuple(a)
	}
	return runtime.None, nil
}

// attributes builds StartElementHandler's attributes argument.
func (p *xmlparser) attributes(a attrList) (value, *runtime.Exception) {
	n := len(a.items)
	if p.specifiedAttributes {
		n = a.specified
	}
	if p.orderedAttributes {
		items := make([]value, n)
		for i := 0; i < n; i++ {
			if i%2 == 0 {
				k, err := p.intern(a.items[i])
				if err != nil {
					return value{}, err
				}
				items[i] = k
			} else {
				items[i] = runtime.StrValue(a.items[i])
			}
		}
		return runtime.NewList(items), nil
	}
	d := runtime.NewDict()
	for i := 0; i+1 < n; i += 2 {
		k, err := p.intern(a.items[i])
		if err != nil {
			return value{}, err
		}
		if err := d.SetItem(k, runtime.StrValue(a.items[i+1])); err != nil {
			return value{}, err
		}
	}
	return runtime.ValueOf(d), nil
}

// modelTuple converts a content model to (type, quant, name, children);
// deep models raise RecursionError as pyexpat's conv_content_model does.
func modelTuple(m *cmodel) (value, *runtime.Exception) {
	if err := runtime.EnterRecursiveCall(" in conv_content_model"); err != nil {
		return value{}, err
	}
	defer runtime.LeaveRecursiveCall()
	kids := make([]value, len(m.kids))
	for i, k := range m.kids {
		v, err := modelTuple(k)
		if err != nil {
			return value{}, err
		}
		kids[i] = v
	}
	nm := runtime.None
	if m.name != nil {
		nm = runtime.StrValue(*m.name)
	}
	return runtime.TupleValue(runtime.Int(int64(m.typ)), runtime.Int(int64(m.quant)), nm, runtime.TupleValue(kids...)), nil
}

// unknownEncoding implements callbacks, as pyexpat's
// PyUnknownEncodingHandler: the encoding must decode each of the 256
// byte values to one character.
func (p *xmlparser) unknownEncoding(enc string) (*[256]rune, bool) {
	if p.pending != nil {
		return nil, false
	}
	tmpl := make([]byte, 256)
	for i := range tmpl {
		tmpl[i] = byte(i)
	}
	u, err := runtime.CallMethod(runtime.NewBytes(tmpl), "decode", runtime.StrValue(enc), runtime.StrValue("replace"))
	if err != nil {
		p.pending = err
		return nil, false
	}
	s, _ := u.TryStr()
	rs := []rune(s.String())
	if len(rs) != 256 {
		p.pending = runtime.NewValueError("multi-byte encodings are not supported")
		return nil, false
	}
	var table [256]rune
	for i, r := range rs {
		if r == 0xFFFD {
			r = -1
		}
		table[i] = r
	}
	return &table, true
}

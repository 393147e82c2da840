// This file defines _json.Encoder (make_encoder), which encodes a whole
// object tree in one pass for JSONEncoder.encode, and the two string
// escapers encode_basestring and encode_basestring_ascii.

package json

import (
	"unicode/utf8"

	"krait/runtime"
)

// encoderObject holds JSONEncoder's settings as make_encoder received them.
type encoderObject struct {
	runtime.Header
	markers    runtime.Value // a dict of id -> object being encoded, or None
	defaultFn  runtime.Value
	encoder    runtime.Value
	indent     runtime.Value
	keySep     string
	itemSep    string
	sortKeys   bool
	skipKeys   bool
	allowNaN   bool
	fastEncode func(b *outBuf, s string) // set when encoder is one of this module's escapers
	keySepV    runtime.Value
	itemSepV   runtime.Value
	sortKeysV  runtime.Value
	skipKeysV  runtime.Value
	active     []runtime.Value // containers being encoded (oo18_markers.go)
}

// EncoderType is _json.Encoder, exported by the module as make_encoder.
var EncoderType *runtime.Type

var (
	encoderNewMethod  = runtime.Method{Name: "make_encoder", Sig: "markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan"}
	encoderCallMethod = runtime.Method{Name: "_iterencode", Sig: "obj, _current_indent_level"}
)

func initEncoderType() {
	get := func(f func(e *encoderObject) runtime.Value) func(v runtime.Value) (runtime.Value, *runtime.Exception) {
		return func(v runtime.Value) (runtime.Value, *runtime.Exception) {
			return f(runtime.PtrOf[encoderObject](v)), nil
		}
	}
	EncoderType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "_json.Encoder",
		Doc:  "_iterencode(obj, _current_indent_level) -> iterable",
		GetSets: []runtime.GetSetDef{
			{Name: "markers", Get: get(func(e *encoderObject) runtime.Value { return e.markers })},
			{Name: "default", Get: get(func(e *encoderObject) runtime.Value { return e.defaultFn })},
			{Name: "encoder", Get: get(func(e *encoderObject) runtime.Value { return e.encoder })},
			{Name: "indent", Get: get(func(e *encoderObject) runtime.Value { return e.indent })},
			{Name: "key_separator", Get: get(func(e *encoderObject) runtime.Value { return e.keySepV })},
			{Name: "item_separator", Get: get(func(e *encoderObject) runtime.Value { return e.itemSepV })},
			{Name: "sort_keys", Get: get(func(e *encoderObject) runtime.Value { return e.sortKeysV })},
			{Name: "skipkeys", Get: get(func(e *encoderObject) runtime.Value { return e.skipKeysV })},
		},
	}, func(t *runtime.Type) {
		t.New = encoder_new
		t.Call = encoder_call
	})
}

func encoder_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := encoderNewMethod.BindClinic(args, kwnames, "make_encoder")
	if err != nil {
		return runtime.Value{}, err
	}
	if _, ok := a[0].TryDict(); !ok && !a[0].IsNone() {
		return runtime.Value{}, runtime.NewTypeError("make_encoder() argument 1 must be dict or None, not %s", a[0].Type().Name)
	}
	e := &encoderObject{Header: runtime.HeaderFor(t), markers: a[0], defaultFn: a[1], encoder: a[2], indent: a[3]}
	for i, dst := range []*string{&e.keySep, &e.itemSep} {
		s, ok := a[4+i].TryStr()
		if !ok {
			return runtime.Value{}, runtime.NewTypeError("make_encoder() argument %d must be str, not %s", 5+i, a[4+i].Type().Name)
		}
		*dst = s.S
	}
	e.keySepV, e.itemSepV = a[4], a[5]
	for i, dst := range []*bool{&e.sortKeys, &e.skipKeys, &e.allowNaN} {
		if *dst, err = runtime.IsTrue(a[6+i]); err != nil {
			return runtime.Value{}, err
		}
	}
	e.sortKeysV, e.skipKeysV = runtime.Bool(e.sortKeys), runtime.Bool(e.skipKeys)
	if f, ok := builtinEscaper(a[2]); ok {
		e.fastEncode = f
	}
	return runtime.ValueOf(e), nil
}

// builtinEscaper recognizes this module's own escapers, which the encoder
// calls directly instead of through Python.
func builtinEscaper(v runtime.Value) (func(*outBuf, string), bool) {
	m, err := runtime.GetAttrString(v, "__self__")
	if err != nil {
		return nil, false
	}
	mod, ok := m.TryModule()
	if !ok || mod.Name() != "_json" {
		return nil, false
	}
	name, err := runtime.GetAttrString(v, "__name__")
	if err != nil {
		return nil, false
	}
	switch name.AsStr().S {
	case "encode_basestring_ascii":
		return writeEscapedASCII, true
	case "encode_basestring":
		return writeEscapedUnicode, true
	}
	return nil, false
}

func encoder_call(callable runtime.Value, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := encoderCallMethod.BindClinic(args, kwnames, "_iterencode")
	if err != nil {
		return runtime.Value{}, err
	}
	if _, err := runtime.IndexInt64(a[1], ""); err != nil {
		return runtime.Value{}, err
	}
	e := runtime.PtrOf[encoderObject](callable)
	b := takeScratch()
	defer keepScratch(&b)
	base := len(e.active)
	if err := e.encodeObj(&b, a[0]); err != nil {
		e.flushActive(base) // oo18_markers.go
		return runtime.Value{}, err
	}
	return runtime.NewList([]runtime.Value{runtime.StrValue(b.String())}), nil
}

// encodeString writes the JSON form of the str s through the encoder.
func (e *encoderObject) encodeString(b *outBuf, s runtime.Value) *runtime.Exception {
	if e.fastEncode != nil {
		e.fastEncode(b, s.AsStr().S)
		return nil
	}
	r, err := runtime.Call(e.encoder, []runtime.Value{s}, nil)
	if err != nil {
		return err
	}
	rs, ok := r.TryStr()
	if !ok {
		return runtime.NewTypeError("encoder() must return a string, not %s", r.Type().Name)
	}
	b.WriteString(rs.S)
	return nil
}

// floatText is the JSON form of a float: its repr, or the JavaScript
// names of the non-finite values when allowed.
func (e *encoderObject) floatText(v runtime.Value) (string, *runtime.Exception) {
	f := v
	if !v.IsFloat() {
		var err *runtime.Exception
		if f, err = runtime.FloatType.Pos(v); err != nil { // the payload of a float subclass instance
			return "", err
		}
	}
	x := f.AsFloat()
	if x != x || x > 1.7976931348623157e308 || x < -1.7976931348623157e308 {
		if !e.allowNaN {
			return "", runtime.NewValueError("Out of range float values are not JSON compliant")
		}
		switch {
		case x > 0:
			return "Infinity", nil
		case x < 0:
			return "-Infinity", nil
		}
		return "NaN", nil
	}
	r, err := runtime.FloatType.Repr(v)
	if err != nil {
		return "", err
	}
	return r.AsStr().S, nil
}

func intText(v runtime.Value) (string, *runtime.Exception) {
	r, err := runtime.IntType.Repr(v)
	if err != nil {
		return "", err
	}
	return r.AsStr().S, nil
}

// encodeObj writes the JSON form of v.
func (e *encoderObject) encodeObj(b *outBuf, v runtime.Value) *runtime.Exception {
	switch {
	case v.IsNone():
		b.WriteString("null")
		return nil
	case v.Is(runtime.True):
		b.WriteString("true")
		return nil
	case v.Is(runtime.False):
		b.WriteString("false")
		return nil
	}
	if _, ok := v.TryStr(); ok {
		return e.encodeString(b, v)
	}
	if appendNumber(b, v) { // oo18_numbers.go
		return nil
	}
	if runtime.IsInstance(v, runtime.IntType) {
		s, err := intText(v)
		b.WriteString(s)
		return err
	}
	if runtime.IsInstance(v, runtime.FloatType) {
		s, err := e.floatText(v)
		b.WriteString(s)
		return err
	}
	_, isList := v.TryList()
	_, isTuple := v.TryTuple()
	_, isDict := v.TryDict()
	if isList || isTuple || isDict {
		if err := runtime.EnterRecursiveCall(" while encoding a JSON object"); err != nil {
			return err
		}
		var err *runtime.Exception
		if isDict {
			err = e.encodeDict(b, v)
		} else {
			err = e.encodeList(b, v)
		}
		runtime.LeaveRecursiveCall()
		return err
	}
	return e.encodeDefault(b, v)
}

// markEnter records v as being encoded, failing on a cycle; the returned
// key undoes it through markLeave (a null key when not checking).
func (e *encoderObject) markEnter(v runtime.Value) (runtime.Value, *runtime.Exception) {
	d, ok := e.markers.TryDict()
	if !ok {
		return runtime.Value{}, nil
	}
	if ident, done, err := e.markActive(v, d); done { // oo18_markers.go
		return ident, err
	}
	ident := runtime.Int(int64(v.Ptr()))
	has, err := d.Contains(ident)
	if err != nil {
		return runtime.Value{}, err
	}
	if has {
		return runtime.Value{}, runtime.NewValueError("Circular reference detected")
	}
	return ident, d.SetItem(ident, v)
}

func (e *encoderObject) markLeave(ident runtime.Value) *runtime.Exception {
	if ident.IsNull() {
		return nil
	}
	if ident.Is(activeMark) {
		e.leaveActive()
		return nil
	}
	_, _, err := e.markers.AsDict().DelItem(ident)
	return err
}

// encodeDefault encodes an object JSON has no form for through default().
func (e *encoderObject) encodeDefault(b *outBuf, v runtime.Value) *runtime.Exception {
	ident, err := e.markEnter(v)
	if err != nil {
		return err
	}
	nv, err := runtime.Call(e.defaultFn, []runtime.Value{v}, nil)
	if err != nil {
		return err
	}
	if err := runtime.EnterRecursiveCall(" while encoding a JSON object"); err != nil {
		return err
	}
	err = e.encodeObj(b, nv)
	runtime.LeaveRecursiveCall()
	if err != nil {
		return err
	}
	return e.markLeave(ident)
}

func (e *encoderObject) encodeList(b *outBuf, v runtime.Value) *runtime.Exception {
	// As the C encoder, a list is read live: a default() that shrinks it
	// ends the output early.
	items := func() []runtime.Value { return v.AsTuple().Items() }
	if l, ok := v.TryList(); ok {
		items = l.Items
	}
	if len(items()) == 0 {
		b.WriteString("[]")
		return nil
	}
	ident, err := e.markEnter(v)
	if err != nil {
		return err
	}
	b.WriteByte('[')
	for i := 0; i < len(items()); i++ {
		if i > 0 {
			b.WriteString(e.itemSep)
		}
		if err := e.encodeObj(b, items()[i]); err != nil {
			return err
		}
	}
	b.WriteByte(']')
	return e.markLeave(ident)
}

// dictItems returns the keys and values of a dict in encoding order: a
// snapshot of an exact dict's entries, else the pairs of items() (which a
// dict subclass may override), sorted by key when sort_keys is set.
func (e *encoderObject) dictItems(b *outBuf, v runtime.Value) (keys, vals []runtime.Value, err *runtime.Exception) {
	var pairs []runtime.Value
	if v.Type() == runtime.DictType {
		d := v.AsDict()
		if !e.sortKeys { // the snapshot goes on b's stack (encodeDict pops it)
			return b.pushDict(d)
		}
		keys, vals = make([]runtime.Value, 0, d.Len()), make([]runtime.Value, 0, d.Len())
		pos := 0
		for {
			k, x, ok := d.Next(&pos)
			if !ok {
				break
			}
			keys, vals = append(keys, k), append(vals, x)
		}
		for i := range keys {
			pairs = append(pairs, runtime.TupleValue(keys[i], vals[i]))
		}
	} else {
		itemsFn, err := runtime.GetAttrString(v, "items")
		if err != nil {
			return nil, nil, err
		}
		view, err := runtime.Call(itemsFn, nil, nil)
		if err != nil {
			return nil, nil, err
		}
		items, err := runtime.IterItems(view)
		if err != nil {
			return nil, nil, err
		}
		pairs = append([]runtime.Value(nil), items...)
	}
	list := runtime.NewList(pairs)
	if e.sortKeys {
		sortFn, err := runtime.GetAttrString(list, "sort")
		if err != nil {
			return nil, nil, err
		}
		if _, err := runtime.Call(sortFn, nil, nil); err != nil {
			return nil, nil, err
		}
	}
	keys, vals = keys[:0], vals[:0]
	for _, item := range runtime.PtrOf[runtime.List](list).Items() {
		pair, ok := item.TryTuple()
		if !ok || pair.Len() != 2 {
			return nil, nil, runtime.NewValueError("items must return 2-tuples")
		}
		keys, vals = append(keys, pair.Items()[0]), append(vals, pair.Items()[1])
	}
	return keys, vals, nil
}

// keyText converts a dict key to the str JSON writes, with ok false for a
// key skipkeys drops.
func (e *encoderObject) keyText(key runtime.Value) (runtime.Value, bool, *runtime.Exception) {
	if _, ok := key.TryStr(); ok {
		return key, true, nil
	}
	var s string
	var err *runtime.Exception
	switch {
	case runtime.IsInstance(key, runtime.FloatType):
		s, err = e.floatText(key)
	case key.Is(runtime.True):
		s = "true"
	case key.Is(runtime.False):
		s = "false"
	case key.IsNone():
		s = "null"
	case runtime.IsInstance(key, runtime.IntType):
		s, err = intText(key)
	case e.skipKeys:
		return runtime.Value{}, false, nil
	default:
		return runtime.Value{}, false, runtime.NewTypeError("keys must be str, int, float, bool or None, not %s", key.Type().Name)
	}
	return runtime.StrValue(s), err == nil, err
}

func (e *encoderObject) encodeDict(b *outBuf, v runtime.Value) *runtime.Exception {
	if n, _ := runtime.Len(v); n == 0 {
		b.WriteString("{}")
		return nil
	}
	ident, err := e.markEnter(v)
	if err != nil {
		return err
	}
	b.WriteByte('{')
	defer b.popItems(len(b.items))
	keys, vals, err := e.dictItems(b, v)
	if err != nil {
		return err
	}
	first := true
	for i, key := range keys {
		kstr, ok, err := e.keyText(key)
		if err != nil {
			return err
		}
		if !ok {
			continue
		}
		if !first {
			b.WriteString(e.itemSep)
		}
		first = false
		if err := e.encodeString(b, kstr); err != nil {
			return err
		}
		b.WriteString(e.keySep)
		if err := e.encodeObj(b, vals[i]); err != nil {
			return err
		}
	}
	b.WriteByte('}')
	return e.markLeave(ident)
}

const hexDigits = "0123456789abcdef"

func writeU4(b *outBuf, c rune) {
	b.WriteString(`\u`)
	b.WriteByte(hexDigits[c>>12&0xf])
	b.WriteByte(hexDigits[c>>8&0xf])
	b.WriteByte(hexDigits[c>>4&0xf])
	b.WriteByte(hexDigits[c&0xf])
}

// escapeCommon writes the escape of c shared by both escapers, reporting
// whether c needed one.
func escapeCommon(b *outBuf, c rune) bool {
	switch c {
	case '"':
		b.WriteString(`\"`)
	case '\\':
		b.WriteString(`\\`)
	case '\b':
		b.WriteString(`\b`)
	case '\f':
		b.WriteString(`\f`)
	case '\n':
		b.WriteString(`\n`)
	case '\r':
		b.WriteString(`\r`)
	case '\t':
		b.WriteString(`\t`)
	default:
		if c >= ' ' {
			return false
		}
		writeU4(b, c)
	}
	return true
}

// escapeASCII is encode_basestring_ascii on a str's text: only printable
// ASCII is kept, the rest becomes \uXXXX (surrogate pairs above the BMP).
// Runs of characters needing no escape are copied whole.
func escapeASCII(s string) string {
	var b outBuf
	b.Grow(len(s) + 2)
	writeEscapedASCII(&b, s)
	return b.take()
}

// writeEscapedASCII writes escapeASCII(s) to b.
func writeEscapedASCII(b *outBuf, s string) {
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c >= ' ' && c <= '~' && c != '"' && c != '\\' {
			i++
			continue
		}
		b.WriteString(s[start:i])
		c, size := decodeWTF8(s, i)
		i += size
		start = i
		if escapeCommon(b, c) {
			continue
		}
		if c >= 0x10000 {
			c -= 0x10000
			writeU4(b, 0xD800|(c>>10))
			writeU4(b, 0xDC00|(c&0x3ff))
		} else {
			writeU4(b, c)
		}
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

// decodeWTF8 decodes the code point at s[i] of a str's WTF-8 text, where
// a lone surrogate is the three-byte sequence UTF-8 would reject.
func decodeWTF8(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 {
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// escapeUnicode is encode_basestring on a str's text: only quotes,
// backslashes and control characters are escaped.
func escapeUnicode(s string) string {
	var b outBuf
	b.Grow(len(s) + 2)
	writeEscapedUnicode(&b, s)
	return b.take()
}

// writeEscapedUnicode writes escapeUnicode(s) to b.
func writeEscapedUnicode(b *outBuf, s string) {
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= ' ' && c != '"' && c != '\\' {
			continue
		}
		b.WriteString(s[start:i])
		escapeCommon(b, rune(c))
		start = i + 1
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

func json_encode_basestring_ascii(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, err := strArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(escapeASCII(s.S)), nil
}

func json_encode_basestring(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, err := strArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(escapeUnicode(s.S)), nil
}

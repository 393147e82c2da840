// This file defines _io.StringIO, the in-memory text stream, with
// CPython's newline handling (newline=None translates on write, '' keeps
// endings but reads universal lines, '\r' and '\r\n' translate '\n' on
// write).

package pyio

import (
	"strings"
	"unicode/utf8"

	rt "krait/runtime"
)

// stringIO is a StringIO instance; the text is kept as code points.
type stringIO struct {
	object
	buf        []rune
	pos        int
	ok         bool
	closed     bool
	readuniv   bool
	readtrans  bool
	readnl     string
	writenl    string
	hasDecoder bool
	nl         nlState
}

var stringioType *rt.Type

func stringio_new(t *rt.Type, args []rt.Value, kw []*rt.Str) (rt.Value, *rt.Exception) {
	return rt.ValueOf(&stringIO{object: object{Header: rt.NewHeader(t)}}), nil
}

func stringioSelf(v rt.Value) *stringIO { return rt.PtrOf[stringIO](v) }

// toRunes decodes a WTF-8 string (lone surrogates included) to code points.
func toRunes(s string) []rune {
	return appendRunes(make([]rune, 0, len(s)), s)
}

// appendRunes appends the code points of the WTF-8 string s to out.
func appendRunes(out []rune, s string) []rune {
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			out = append(out, rune(c))
			i++
			continue
		}
		n := cpLen(c)
		if r, size := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError || size > 1 {
			out = append(out, r)
			i += size
			continue
		}
		if n == 3 && i+2 < len(s) { // a surrogate encoded in WTF-8
			out = append(out, rune(c&0x0F)<<12|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F))
			i += 3
			continue
		}
		out = append(out, utf8.RuneError)
		i++
	}
	return out
}

// fromRunes encodes code points as WTF-8.
func fromRunes(rs []rune) string {
	var sb strings.Builder
	sb.Grow(len(rs))
	for _, r := range rs {
		switch {
		case r < 0x80:
			sb.WriteByte(byte(r))
		case r >= 0xD800 && r <= 0xDFFF:
			sb.WriteByte(byte(0xE0 | r>>12))
			sb.WriteByte(byte(0x80 | (r>>6)&0x3F))
			sb.WriteByte(byte(0x80 | r&0x3F))
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

var stringioInitSig = rt.Method{Name: "StringIO", Sig: "initial_value=, newline="}

func stringio_init(self rt.Value, args []rt.Value, kw []*rt.Str) *rt.Exception {
	a, err := stringioInitSig.BindClinic(args, kw, "StringIO")
	if err != nil {
		return err
	}
	s := stringioSelf(self)
	nl, hasNL := "\n", true
	if !a[1].IsNull() {
		if a[1].IsNone() {
			hasNL = false
		} else if str, ok := a[1].TryStr(); ok {
			nl = str.S
		} else {
			return rt.NewTypeError("newline must be str or None, not %s", a[1].Type().Name)
		}
	}
	if hasNL {
		switch nl {
		case "", "\n", "\r", "\r\n":
		default:
			r, _ := rt.Repr(a[1])
			return rt.NewValueError("illegal newline value: %s", r.S)
		}
	}
	init := a[0]
	if !init.IsNull() && !init.IsNone() {
		if _, ok := init.TryStr(); !ok {
			return rt.NewTypeError("initial_value must be str or None, not %s", init.Type().Name)
		}
	}
	s.ok, s.closed = false, false
	s.readnl = nl
	s.readuniv = !hasNL || nl == ""
	s.readtrans = !hasNL
	s.writenl = ""
	if hasNL && (nl == "\r" || nl == "\r\n") {
		s.writenl = nl
	}
	s.hasDecoder = s.readuniv
	s.nl = nlState{translate: s.readtrans}
	s.buf, s.pos = nil, 0
	if !init.IsNull() && !init.IsNone() {
		s.write(init.AsStr().S)
		s.pos = 0
	}
	s.ok = true
	return nil
}

func (s *stringIO) write(text string) int {
	n := rt.StrLen(text)
	if s.hasDecoder {
		text = s.nl.process(text, true)
	}
	if s.writenl != "" {
		text = strings.ReplaceAll(text, "\n", s.writenl)
	}
	if len(text) == 0 {
		return n
	}
	if s.pos == len(s.buf) {
		// Appending at the end (the common case): decode straight into the
		// buffer, which grows geometrically, without a temporary slice.
		s.buf = appendRunes(s.buf, text)
		s.pos = len(s.buf)
		return n
	}
	rs := toRunes(text)
	if s.pos > len(s.buf) {
		s.buf = append(s.buf, make([]rune, s.pos-len(s.buf))...)
	}
	end := s.pos + len(rs)
	if end > len(s.buf) {
		s.buf = append(s.buf[:s.pos], rs...)
	} else {
		copy(s.buf[s.pos:], rs)
	}
	s.pos = end
	return n
}

func (s *stringIO) check() *rt.Exception {
	if !s.ok {
		return rt.NewValueError("I/O operation on uninitialized object")
	}
	if s.closed {
		return rt.NewValueError("I/O operation on closed file")
	}
	return nil
}

func stringioMethod(fn func(s *stringIO, a []rt.Value) (rt.Value, *rt.Exception)) rt.MethodFunc {
	return func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		s := stringioSelf(self)
		if err := s.check(); err != nil {
			return rt.Value{}, err
		}
		return fn(s, a)
	}
}

// lineEnd returns the index just past the next line ending at or after
// start, or len(buf).
func (s *stringIO) lineEnd(start, limit int) int {
	end := len(s.buf)
	if limit >= 0 && start+limit < end {
		end = start + limit
	}
	for i := start; i < end; i++ {
		c := s.buf[i]
		switch {
		case s.readtrans:
			if c == '\n' {
				return i + 1
			}
		case s.readuniv:
			if c == '\n' {
				return i + 1
			}
			if c == '\r' {
				if i+1 < end && s.buf[i+1] == '\n' {
					return i + 2
				}
				return i + 1
			}
		default:
			nl := s.readnl
			if c == rune(nl[0]) {
				if len(nl) == 1 {
					return i + 1
				}
				if i+1 < end && s.buf[i+1] == rune(nl[1]) {
					return i + 2
				}
			}
		}
	}
	return end
}

func (s *stringIO) readline(limit int) string {
	if s.pos >= len(s.buf) {
		return ""
	}
	end := s.lineEnd(s.pos, limit)
	out := fromRunes(s.buf[s.pos:end])
	s.pos = end
	return out
}

func stringio_read(s *stringIO, a []rt.Value) (rt.Value, *rt.Exception) {
	n, err := sizeArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	if s.pos >= len(s.buf) {
		return rt.StrValue(""), nil
	}
	end := len(s.buf)
	if n >= 0 && int64(s.pos)+n < int64(end) {
		end = s.pos + int(n)
	}
	out := fromRunes(s.buf[s.pos:end])
	s.pos = end
	return rt.StrValue(out), nil
}

func stringio_readline(s *stringIO, a []rt.Value) (rt.Value, *rt.Exception) {
	n, err := sizeArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	return rt.StrValue(s.readline(int(n))), nil
}

func stringio_write(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	s := stringioSelf(self)
	if err := s.check(); err != nil {
		return rt.Value{}, err
	}
	str, ok := a[0].TryStr()
	if !ok {
		return rt.Value{}, rt.NewTypeError("string argument expected, got '%s'", a[0].Type().Name)
	}
	return rt.Int(int64(s.write(str.S))), nil
}

func stringio_seek(s *stringIO, a []rt.Value) (rt.Value, *rt.Exception) {
	pos, err := rt.IndexInt(a[0], "")
	if err != nil {
		return rt.Value{}, err
	}
	whence := int64(0)
	if !a[1].IsNull() {
		if whence, err = rt.IndexInt(a[1], ""); err != nil {
			return rt.Value{}, err
		}
	}
	switch {
	case whence != 0 && whence != 1 && whence != 2:
		return rt.Value{}, rt.NewValueError("Invalid whence (%d, should be 0, 1 or 2)", whence)
	case pos < 0 && whence == 0:
		return rt.Value{}, rt.NewValueError("Negative seek position %d", pos)
	case whence != 0 && pos != 0:
		return rt.Value{}, rt.NewExceptionMsg(rt.OSErrorType, "Can't do nonzero cur-relative seeks")
	}
	switch whence {
	case 1:
		pos = int64(s.pos)
	case 2:
		pos = int64(len(s.buf))
	}
	s.pos = int(pos)
	return rt.Int(pos), nil
}

func stringio_truncate(s *stringIO, a []rt.Value) (rt.Value, *rt.Exception) {
	size := int64(s.pos)
	if !a[0].IsNull() && !a[0].IsNone() {
		n, err := sizeArg(a[0])
		if err != nil {
			return rt.Value{}, err
		}
		if n < 0 {
			return rt.Value{}, rt.NewValueError("Negative size value %d", n)
		}
		size = n
	}
	if size < int64(len(s.buf)) {
		s.buf = s.buf[:size]
	}
	return rt.Int(size), nil
}

func stringio_iternext(self rt.Value) (rt.Value, *rt.Exception) {
	s := stringioSelf(self)
	if err := s.check(); err != nil {
		return rt.Value{}, err
	}
	var line rt.Value
	if self.Type() == stringioType {
		line = rt.StrValue(s.readline(-1))
	} else {
		l, err := rt.IOCallMethod(self, "readline")
		if err != nil {
			return rt.Value{}, err
		}
		if _, ok := l.TryStr(); !ok {
			return rt.Value{}, rt.NewExceptionMsg(rt.OSErrorType, "readline() should have returned a str object, not '"+l.Type().Name+"'")
		}
		line = l
	}
	if n, _ := rt.Len(line); n == 0 {
		return rt.Value{}, nil
	}
	return line, nil
}

func stringioTrue(s *stringIO, a []rt.Value) (rt.Value, *rt.Exception) { return rt.True, nil }

// stringio_setstate restores __getstate__'s (value, newline, pos, dict).
func stringio_setstate(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	s := stringioSelf(self)
	if s.closed {
		return rt.Value{}, rt.NewValueError("I/O operation on closed file")
	}
	st, ok := a[0].TryTuple()
	if !ok || st.Len() < 4 {
		return rt.Value{}, rt.NewTypeError("%s.__setstate__ argument should be 4-tuple, got %s", self.Type().Name, a[0].Type().Name)
	}
	it := st.Items()
	if err := stringio_init(self, []rt.Value{it[0], it[1]}, nil); err != nil {
		return rt.Value{}, err
	}
	v, ok := it[0].TryStr()
	if !ok {
		return rt.Value{}, rt.NewTypeError("initial_value must be str, not %s", it[0].Type().Name)
	}
	s.buf = toRunes(v.S)
	if it[2].Type().Index == nil {
		return rt.Value{}, rt.NewTypeError("third item of state must be an integer, got %s", it[2].Type().Name)
	}
	pos, err := rt.IndexInt(it[2], "")
	if err != nil {
		return rt.Value{}, err
	}
	if pos < 0 {
		return rt.Value{}, rt.NewValueError("position value cannot be negative")
	}
	s.pos = int(pos)
	if !it[3].IsNone() {
		d, ok := it[3].TryDict()
		if !ok {
			return rt.Value{}, rt.NewTypeError("fourth item of state should be a dict, got a %s", it[3].Type().Name)
		}
		if err := objAttrs(self).Dict().Update(d); err != nil {
			return rt.Value{}, err
		}
	}
	return rt.None, nil
}

var stringioMethods = []rt.Method{
	{Name: "__setstate__", Sig: "state, /", Flags: rt.MethO, Fn: stringio_setstate},
	{Name: "close", Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		s := stringioSelf(self)
		s.closed = true
		s.buf = nil
		return rt.None, nil
	}},
	{Name: "getvalue", Flags: rt.MethNoArgs, Fn: stringioMethod(func(s *stringIO, a []rt.Value) (rt.Value, *rt.Exception) {
		return rt.StrValue(fromRunes(s.buf)), nil
	})},
	{Name: "read", Sig: "size=, /", Fn: stringioMethod(stringio_read)},
	{Name: "readline", Sig: "size=, /", Fn: stringioMethod(stringio_readline)},
	{Name: "tell", Flags: rt.MethNoArgs, Fn: stringioMethod(func(s *stringIO, a []rt.Value) (rt.Value, *rt.Exception) {
		return rt.Int(int64(s.pos)), nil
	})},
	{Name: "truncate", Sig: "pos=, /", Fn: stringioMethod(stringio_truncate)},
	{Name: "seek", Sig: "pos, whence=, /", Fn: stringioMethod(stringio_seek)},
	{Name: "write", Sig: "s, /", Flags: rt.MethO, Fn: stringio_write},
	{Name: "seekable", Flags: rt.MethNoArgs, Fn: stringioMethod(stringioTrue)},
	{Name: "readable", Flags: rt.MethNoArgs, Fn: stringioMethod(stringioTrue)},
	{Name: "writable", Flags: rt.MethNoArgs, Fn: stringioMethod(stringioTrue)},
	{Name: "__getstate__", Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		s := stringioSelf(self)
		if err := s.check(); err != nil {
			return rt.Value{}, err
		}
		var d rt.Value = rt.None
		if dict := objAttrs(self).Dict(); dict.Len() > 0 {
			d = dict.Copy().Value()
		}
		var nl rt.Value = rt.None
		if !s.readtrans {
			nl = rt.StrValue(s.readnl)
		}
		return rt.TupleValue(rt.StrValue(fromRunes(s.buf)), nl, rt.Int(int64(s.pos)), d), nil
	}},
}

func stringioGet(fn func(s *stringIO) rt.Value) func(v rt.Value) (rt.Value, *rt.Exception) {
	return func(v rt.Value) (rt.Value, *rt.Exception) {
		s := stringioSelf(v)
		if err := s.check(); err != nil {
			return rt.Value{}, err
		}
		return fn(s), nil
	}
}

var stringioGetSets = []rt.GetSetDef{
	{Name: "closed", Get: func(v rt.Value) (rt.Value, *rt.Exception) {
		s := stringioSelf(v)
		if !s.ok {
			return rt.Value{}, rt.NewValueError("I/O operation on uninitialized object")
		}
		return rt.Bool(s.closed), nil
	}},
	{Name: "line_buffering", Get: stringioGet(func(s *stringIO) rt.Value { return rt.False })},
	{Name: "newlines", Get: stringioGet(func(s *stringIO) rt.Value {
		if !s.hasDecoder {
			return rt.None
		}
		return s.nl.newlines()
	})},
}

func newStringIOType() {
	stringioType = rt.NewNativeType(&rt.TypeSpec{Name: "_io.StringIO", Base: textiobaseType, Flags: rt.FlagBaseType,
		Doc:     "Text I/O implementation using an in-memory buffer.\n\nThe initial_value argument sets the value of object.  The newline\nargument is like the one of TextIOWrapper's constructor.",
		Methods: stringioMethods, GetSets: stringioGetSets}, func(t *rt.Type) {
		t.New = stringio_new
		t.Init = stringio_init
		t.InstAttrs = objAttrs
		t.Iter = iobase_iter
		t.Next = stringio_iternext
	})
}

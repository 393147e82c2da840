// This file defines the str type's slots and methods, on top of the str
// algorithms of str_*.go and the formatting engines of format_*.go.

package runtime

import (
	"math/big"
	"strconv"
	"strings"
	"sync"
)

// pyErrCarrier lets formatting hooks, which return *pyErr, pass an
// arbitrary exception through: the hook stores it and returns the marker.
type pyErrCarrier struct{ exc *Exception }

var carriedMarker = &pyErr{"SystemError", "carried exception"}

func (c *pyErrCarrier) carry(e *Exception) *pyErr {
	c.exc = e
	return carriedMarker
}

func (c *pyErrCarrier) result(s string, err *pyErr) (Value, *Exception) {
	if err == carriedMarker {
		return Value{}, c.exc
	}
	if err != nil {
		return Value{}, fromPyErr(err)
	}
	return StrValue(s), nil
}

func strArg(v Value, method string) (*Str, *Exception) {
	s, ok := v.TryStr()
	if !ok {
		return nil, NewTypeError("%s arg must be None or str", method)
	}
	return s, nil
}

// optStr returns nil for an absent/None argument, else its text.
func optStr(v Value, what string) (*string, *Exception) {
	if v.IsNull() || v.IsNone() {
		return nil, nil
	}
	s, ok := v.TryStr()
	if !ok {
		return nil, NewTypeError("%s arg must be None or str", what)
	}
	return &s.S, nil
}

func (s *Str) index() *StrIndex {
	if s.IsASCII() {
		return nil
	}
	if s.idx == nil {
		s.idx = NewStrIndex(s.S)
	}
	return s.idx
}

func str_subscript(v, key Value) (Value, *Exception) {
	s := v.AsStr()
	if sl, ok := key.TrySlice(); ok {
		start, stop, step, n, err := sl.indices(s.Len())
		if err != nil {
			return Value{}, err
		}
		if n == s.Len() && step == 1 && v.Type() == StrType {
			return v, nil
		}
		return StrValue(StrSlice(s.S, s.index(), start, stop, step, n)), nil
	}
	i, err := seqIndex(key, s.Len(), "string")
	if err != nil {
		if err.Matches(TypeErrorType) {
			return Value{}, NewTypeError("string indices must be integers, not '%s'", key.Type().Name)
		}
		return Value{}, err
	}
	if i < 0 {
		return Value{}, NewIndexError("string index out of range")
	}
	return StrValue(StrCodePointAt(s.S, s.index(), i)), nil
}

func str_richcompare(v, w Value, op CompareOp) (Value, *Exception) {
	b, ok := w.TryStr()
	if !ok {
		return NotImplemented, nil
	}
	a := v.AsStr()
	if op == Eq || op == Ne {
		return Bool(a.Equal(b) == (op == Eq)), nil
	}
	return Bool(cmpResult(strings.Compare(a.S, b.S), op)), nil
}

func str_add(a, b Value) (Value, *Exception) {
	x, ok1 := a.TryStr()
	y, ok2 := b.TryStr()
	if !ok1 || !ok2 {
		if ok1 {
			if r, done, err := reflectedBinary(a, b, NbAdd); done {
				return r, err
			}
			return Value{}, NewTypeError("can only concatenate str (not \"%s\") to str", b.Type().Name)
		}
		return NotImplemented, nil
	}
	if len(x.S) == 0 || len(y.S) == 0 {
		return StrValue(x.S + y.S), nil
	}
	r := strValueConcat(x.S, y.S)
	concatFlags(r, x, y)
	return ValueOf(r), nil
}

func str_mul(a, b Value) (Value, *Exception) {
	s, cnt := a, b
	if _, ok := a.TryStr(); !ok {
		s, cnt = b, a
	}
	if cnt.Type().Index == nil {
		return repeatDeclined(a, b, cnt)
	}
	n, err := repeatCount(cnt)
	if err != nil {
		return Value{}, err
	}
	r, perr := StrRepeat(s.AsStr().S, n)
	if perr != nil {
		return Value{}, fromPyErr(perr)
	}
	return strUnchanged(s, r), nil
}

// strUnchanged returns r as a str: self itself when self is an exact str
// equal to r, as CPython's methods return an unchanged string (pickle's
// memo, keyed by id, depends on it).
func strUnchanged(self Value, r string) Value {
	if self.Type() == StrType && len(r) == len(self.AsStr().S) && r == self.AsStr().S {
		return self
	}
	return StrValue(r)
}

// percentHooksValue connects %-formatting to the object model.
func percentHooksValue(c *pyErrCarrier) *percentHooks[Value] {
	strOf := func(f func(Value) (*Str, *Exception)) func(Value) (string, *pyErr) {
		return func(v Value) (string, *pyErr) {
			s, err := f(v)
			if err != nil {
				return "", c.carry(err)
			}
			return s.S, nil
		}
	}
	return &percentHooks[Value]{
		Str:  strOf(StrOf),
		Repr: strOf(Repr),
		ASCII: func(v Value) (string, *pyErr) {
			r, err := asciiOf(v)
			if err != nil {
				return "", c.carry(err)
			}
			return r.AsStr().S, nil
		},
		TypeName: func(v Value) string { return v.Type().Name },
		ExactInt: func(v Value) (*big.Int, bool) { return bigOf(v) },
		SmallInt: func(v Value) (int64, bool) { return v.SmallInt(), v.IsSmallInt() },
		StrValue: func(v Value) (string, bool) {
			s, ok := v.TryStr()
			if !ok {
				return "", false
			}
			return s.S, true
		},
		Number: func(v Value) (*big.Int, bool, *pyErr) {
			if b, ok := bigOf(v); ok {
				return b, true, nil
			}
			t := v.Type()
			if t.Int == nil && t.Index == nil {
				return nil, false, nil
			}
			r, err := intFromObject(v)
			if err != nil {
				if err.Matches(TypeErrorType) {
					return nil, false, nil
				}
				return nil, false, c.carry(err)
			}
			b, _ := bigOf(r)
			return b, true, nil
		},
		Index: func(v Value) (*big.Int, bool, *pyErr) {
			if v.Type().Index == nil {
				return nil, false, nil
			}
			r, err := Index(v, "")
			if err != nil {
				return nil, false, c.carry(err)
			}
			b, _ := bigOf(r)
			return b, true, nil
		},
		Float: func(v Value) (float64, bool, *pyErr) {
			if f, ok := floatValue(v); ok {
				return f, true, nil
			}
			t := v.Type()
			if t.Float == nil && t.Index == nil {
				return 0, false, nil
			}
			r, err := floatFromObject(v)
			if err != nil {
				return 0, false, c.carry(err)
			}
			return r.AsFloat(), true, nil
		},
		MaxStrDigits: intMaxStrDigits,
		AppendPlain:  percentAppendPlain,
		ByteString:   func(v Value) ([]byte, bool) { return v.TryBytes() },
		ToBytes: func(v Value) ([]byte, bool, *pyErr) {
			b, ok := v.TryBytes()
			return b, ok, nil
		},
	}
}

// percentAppendPlain is percentHooks.AppendPlain: it appends what convert
// and percentPad would produce for a conversion without width or flags.
func percentAppendPlain(b []byte, v Value, c *percentConv) ([]byte, bool) {
	switch c.ch {
	case 'd', 'i', 'u':
		if c.prec < 0 && v.IsSmallInt() {
			return strconv.AppendInt(b, v.SmallInt(), 10), true
		}
	case 'x', 'X', 'o':
		if c.prec < 0 && c.flags&pctAlt == 0 && v.IsSmallInt() {
			base := 16
			if c.ch == 'o' {
				base = 8
			}
			n := len(b)
			b = strconv.AppendInt(b, v.SmallInt(), base)
			if c.ch == 'X' {
				for i := n; i < len(b); i++ {
					if b[i] >= 'a' {
						b[i] -= 'a' - 'A'
					}
				}
			}
			return b, true
		}
	case 's', 'r', 'a':
		if c.prec >= 0 {
			break
		}
		switch {
		case v.Type() == StrType && c.ch == 's':
			return append(b, v.AsStr().S...), true
		case v.Type() == StrType:
			if s := v.AsStr().S; plainReprASCII(s) {
				b = append(b, '\'')
				return append(append(b, s...), '\''), true
			}
		case v.IsSmallInt():
			return strconv.AppendInt(b, v.SmallInt(), 10), true
		case v.IsFloat():
			return appendFloat(b, v.AsFloat(), 'r', 0, dtsAddDot0), true
		}
	case 'e', 'E', 'f', 'F', 'g', 'G':
		if v.IsFloat() && c.flags&pctAlt == 0 {
			prec := c.prec
			if prec < 0 {
				prec = 6
			}
			return appendFloat(b, v.AsFloat(), byte(c.ch), prec, 0), true
		}
	}
	return b, false
}

// plainReprASCII reports whether repr(s) is s in single quotes: printable
// ASCII without quote or backslash.
func plainReprASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == '\'' || c == '\\' {
			return false
		}
	}
	return true
}

// percentArgsOf builds the right operand of %.
func percentArgsOf(v Value, c *pyErrCarrier, one *[1]Value) percentArgs[Value] {
	if t, ok := v.TryTuple(); ok {
		return percentArgs[Value]{Items: t.items, IsTuple: true}
	}
	one[0] = v
	args := percentArgs[Value]{Items: one[:]}
	if _, isStr := v.TryStr(); !isStr && v.Type().GetItem != nil {
		args.Lookup = func(key string) (Value, *pyErr) {
			r, err := GetItem(v, StrValue(key))
			if err != nil {
				return Value{}, c.carry(err)
			}
			return r, nil
		}
	}
	return args
}

func str_mod(a, b Value) (Value, *Exception) {
	s, ok := a.TryStr()
	if !ok {
		return NotImplemented, nil
	}
	if s.S == "%s" {
		// CPython returns an exact str argument itself.
		if b.Type() == StrType {
			return b, nil
		}
		if t, ok := b.TryTuple(); ok && len(t.items) == 1 && t.items[0].Type() == StrType {
			return t.items[0], nil
		}
	}
	if v, ok := strModFast(s, b); ok { // str_mod_fast.go
		return v, nil
	}
	x := strPercentPool.Get().(*strPercentCtx)
	x.c.exc = nil
	v, e := x.format(s, b)
	x.c.exc = nil
	strPercentPool.Put(x)
	return v, e
}

// strPercentCtx is a carrier with its hooks: building the hooks' closures
// cost a dozen allocations per str % call, so they are reused (a pool, as
// formatting may run __str__ code that formats again), with the scratch
// buffers of the format's code points and of the output.
type strPercentCtx struct {
	c       pyErrCarrier
	h       *percentHooks[Value]
	st      percentState[Value]
	runes   []rune
	out     []byte
	scratch []byte
	one     [1]Value // the items of a single (non-tuple) right operand
}

var strPercentPool = sync.Pool{New: func() any {
	x := &strPercentCtx{}
	x.h = percentHooksValue(&x.c)
	return x
}}

// strPercentScratchMax bounds the scratch buffers a pooled context keeps.
const strPercentScratchMax = 4096

// format returns format % b, the text built in the scratch buffers and
// copied once into the result.
func (x *strPercentCtx) format(fs *Str, b Value) (Value, *Exception) {
	format := fs.S
	runes := x.runes[:0]
	if fs.IsASCII() {
		for i := 0; i < len(format); i++ {
			runes = append(runes, rune(format[i]))
		}
	} else {
		for i := 0; i < len(format); {
			c, size := decodeCodePoint(format, i)
			i += size
			runes = append(runes, c)
		}
	}
	x.st = percentState[Value]{fmt: runes, h: x.h, out: x.out[:0], scratch: x.scratch}
	args := percentArgsOf(b, &x.c, &x.one)
	out, err := x.st.run(args)
	x.one[0] = Value{}
	var v Value
	var e *Exception
	if err == nil {
		v = strValueBytes(out)
	} else {
		v, e = x.c.result("", err)
	}
	if cap(x.st.scratch) <= strPercentScratchMax {
		x.scratch = x.st.scratch
	}
	x.st = percentState[Value]{}
	if cap(runes) <= strPercentScratchMax {
		x.runes = runes[:0]
	}
	if cap(out) <= strPercentScratchMax {
		x.out = out[:0]
	}
	return v, e
}

func str_new(t *Type, args []Value, kw []*Str) (Value, *Exception) {
	var buf [3]Value
	a, err := strNewMethod.bindArgs(args, kw, "str", buf[:0])
	if err != nil {
		return Value{}, err
	}
	var r Value
	switch {
	case a[0].IsNull():
		r = ValueOf(emptyStr)
	case a[1].IsNull() && a[2].IsNull():
		r, err = StrOfValue(a[0])
	default:
		enc, errors, cerr := codecArgs(a[1], a[2], "str")
		if cerr != nil {
			return Value{}, cerr
		}
		b, ok := bytesLike(a[0])
		if !ok {
			if _, isStr := a[0].TryStr(); isStr {
				return Value{}, NewTypeError("decoding str is not supported")
			}
			return Value{}, NewTypeError("decoding to str: need a bytes-like object, %s found", a[0].Type().Name)
		}
		r, err = DecodeBytes(b, enc, errors)
	}
	if err != nil || t == StrType {
		return r, err
	}
	o := &strSub{Str: Str{Header: Header{t}, S: r.AsStr().S, n: -1, ascii: -1, hash: -1}}
	return ValueOf(o), nil
}

// strSub is an instance of a str subclass.
type strSub struct {
	Str
	attrs Attrs
}

var strNewMethod = Method{Name: "str", Sig: "object=, encoding=, errors="}

// StrIterType and StrUnicodeIterType are str_ascii_iterator and
// str_iterator, CPython's iterators over ASCII and other strings.
var (
	StrIterType        = newBuiltinType("str_ascii_iterator", ObjectType, 0)
	StrUnicodeIterType = newBuiltinType("str_iterator", ObjectType, 0)
)

type strIterator struct {
	Header
	s   string
	off int
}

func init() {
	t := StrType
	t.Doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n" +
		"Return a string made from object: str(object) uses object.__str__() (or repr(object));\n" +
		"with an encoding or errors, object must be a bytes-like object, decoded with them.\n" +
		"The encoding defaults to 'utf-8' and errors to 'strict'."
	t.Repr = func(v Value) (Value, *Exception) {
		if r, ok := strReprPlain(v.AsStr()); ok { // perf11a_repr.go
			return r, nil
		}
		return StrValue(unicodeRepr(v.AsStr().S)), nil
	}
	t.Str = func(v Value) (Value, *Exception) {
		if v.Type() == StrType {
			return v, nil
		}
		return StrValue(v.AsStr().S), nil
	}
	t.Hash = func(v Value) (int64, *Exception) { return v.AsStr().Hash(), nil }
	t.RichCompare = str_richcompare
	t.Len = func(v Value) (int, *Exception) { return v.AsStr().Len(), nil }
	t.GetItem = str_subscript
	t.Contains = func(v, x Value) (bool, *Exception) {
		sub, ok := x.TryStr()
		if !ok {
			return false, NewTypeError("'in <string>' requires string as left operand, not %s", x.Type().Name)
		}
		return strings.Contains(v.AsStr().S, sub.S), nil
	}
	t.Iter = func(v Value) (Value, *Exception) {
		s := v.AsStr()
		if !s.IsASCII() {
			return ValueOf(&strIterator{Header{StrUnicodeIterType}, s.S, 0}), nil
		}
		return ValueOf(&strIterator{Header{StrIterType}, s.S, 0}), nil
	}
	t.Number[NbAdd] = str_add
	t.Number[NbMultiply] = str_mul
	t.Number[NbRemainder] = str_mod
	t.New = str_new
	t.InstAttrs = func(v Value) *Attrs {
		if v.Type() == StrType {
			return nil
		}
		return &ptrOf[strSub](v).attrs
	}
	t.methods = strMethods
	StrIterType.Iter = selfIter
	StrIterType.Next = striter_next
	StrIterType.methods = []Method{
		{Name: "__length_hint__", Flags: MethNoArgs, Fn: striter_len, Doc: dictIterLengthHintDoc},
		{Name: "__reduce__", Flags: MethNoArgs, Fn: striter_reduce, Doc: reduceDoc},
		{Name: "__setstate__", Flags: MethO, Fn: striter_setstate, Doc: setstateDoc},
	}
	StrUnicodeIterType.Iter, StrUnicodeIterType.Next, StrUnicodeIterType.methods = selfIter, striter_next, StrIterType.methods
}

func striter_next(v Value) (Value, *Exception) {
	{
		it := ptrOf[strIterator](v)
		if it.off >= len(it.s) {
			return Value{}, nil
		}
		c, next := StrNext(it.s, it.off)
		it.off = next
		return StrValue(c), nil
	}
}

func striter_len(self Value, _ []Value) (Value, *Exception) {
	it := ptrOf[strIterator](self)
	return Int(int64(StrLen(it.s[it.off:]))), nil
}

// striter_reduce is (iter, (str,), index), or iter over ” once exhausted
// (CPython drops the string at the end).
func striter_reduce(self Value, _ []Value) (Value, *Exception) {
	it := ptrOf[strIterator](self)
	if it.off >= len(it.s) {
		return iterReduceEmpty(StrValue(""))
	}
	return iterReduce("iter", StrValue(it.s), int64(StrLen(it.s[:it.off])))
}

// striter_setstate moves the iterator to code point index, clamped to the string.
func striter_setstate(self Value, a []Value) (Value, *Exception) {
	i, err := iterStateIndex(a[0])
	if err != nil {
		return Value{}, err
	}
	it := ptrOf[strIterator](self)
	if it.off < len(it.s) || len(it.s) == 0 {
		it.off = cpOffset(it.s, int(clampIter(i, 0, int64(StrLen(it.s)))))
	}
	return None, nil
}

// startEnd parses the optional start/end arguments of find and friends.
func startEnd(s *Str, a, b Value) (int, int, *Exception) {
	start, end := 0, int(^uint(0)>>1)
	if !a.IsNull() && !a.IsNone() {
		x, err := sliceIndex(a)
		if err != nil {
			return 0, 0, err
		}
		start = int(x)
	}
	if !b.IsNull() && !b.IsNone() {
		x, err := sliceIndex(b)
		if err != nil {
			return 0, 0, err
		}
		end = int(x)
	}
	return start, end, nil
}

// strSearch makes find, rfind and count; f gets the cached code point counts of both strs.
func strSearch(name string, f func(s string, n int, sub string, subN, start, end int) int) Method {
	call := func(self, x, a1, a2 Value) (Value, *Exception) {
		s := self.AsStr()
		sub, ok := x.TryStr()
		if !ok {
			return Value{}, NewTypeError("must be str, not %s", x.Type().Name)
		}
		start, end, err := startEnd(s, a1, a2)
		if err != nil {
			return Value{}, err
		}
		return Int(int64(f(s.S, s.Len(), sub.S, sub.Len(), start, end))), nil
	}
	return withOneTwo(name, "sub, start=, end=, /", MethOld, call)
}

// strIndexSearch makes index and rindex from find and rfind: ValueError for -1.
func strIndexSearch(name string, f func(s string, n int, sub string, subN, start, end int) int) Method {
	call := func(self, x, a1, a2 Value) (Value, *Exception) {
		s := self.AsStr()
		sub, ok := x.TryStr()
		if !ok {
			return Value{}, NewTypeError("must be str, not %s", x.Type().Name)
		}
		start, end, err := startEnd(s, a1, a2)
		if err != nil {
			return Value{}, err
		}
		i := f(s.S, s.Len(), sub.S, sub.Len(), start, end)
		if i < 0 {
			return Value{}, NewValueError("substring not found")
		}
		return Int(int64(i)), nil
	}
	return withOneTwo(name, "sub, start=, end=, /", MethOld, call)
}

func strAffix(name string, f func(s, p string, start, end int) bool) Method {
	call := func(self, x, a1, a2 Value) (Value, *Exception) {
		s := self.AsStr()
		if a1.IsNull() && a2.IsNull() {
			if p, ok := x.TryStr(); ok {
				// The whole string: no code point window to compute.
				if name == "startswith" {
					return Bool(strings.HasPrefix(s.S, p.S)), nil
				}
				return Bool(strings.HasSuffix(s.S, p.S)), nil
			}
		}
		start, end, err := startEnd(s, a1, a2)
		if err != nil {
			return Value{}, err
		}
		if t, ok := x.TryTuple(); ok {
			for _, x := range t.items {
				p, ok := x.TryStr()
				if !ok {
					return Value{}, NewTypeError("tuple for %s must only contain str, not %s", name, x.Type().Name)
				}
				if f(s.S, p.S, start, end) {
					return True, nil
				}
			}
			return False, nil
		}
		p, ok := x.TryStr()
		if !ok {
			return Value{}, NewTypeError("%s first arg must be str or a tuple of str, not %s", name, x.Type().Name)
		}
		return Bool(f(s.S, p.S, start, end)), nil
	}
	return withOneTwo(name, "prefix, start=, end=, /", MethOld, call)
}

func strPred(name string, f func(string) bool) Method {
	return Method{Name: name, Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		return Bool(f(self.AsStr().S)), nil
	}}
}

func strStripM(name string, f func(string, *string) string) Method {
	call := func(self, x Value) (Value, *Exception) {
		chars, err := optStr(x, name)
		if err != nil {
			return Value{}, err
		}
		return strUnchanged(self, f(self.AsStr().S, chars)), nil
	}
	return Method{Name: name, Sig: "chars=, /",
		Fn:   func(self Value, a []Value) (Value, *Exception) { return call(self, a[0]) },
		Zero: func(self Value) (Value, *Exception) { return call(self, Value{}) }}
}

func strPadM(name string, f func(string, int, string) (string, *pyErr)) Method {
	return Method{Name: name, Sig: "width, fillchar=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		w, err := indexToInt(a[0], "")
		if err != nil {
			return Value{}, err
		}
		fill := " "
		if !a[1].IsNull() {
			fs, ok := a[1].TryStr()
			if !ok {
				return Value{}, NewTypeError("%s() argument 2 must be str, not %s", name, a[1].Type().Name)
			}
			fill = fs.S
		}
		r, perr := f(self.AsStr().S, int(w), fill)
		if perr != nil {
			return Value{}, fromPyErr(perr)
		}
		return strUnchanged(self, r), nil
	}}
}

func strSplitM(name string, f func(string, *string, int) ([]string, *pyErr)) Method {
	call := func(self, x, y Value) (Value, *Exception) {
		sep, err := optStr(x, "")
		if err != nil {
			return Value{}, NewTypeError("must be str or None, not %s", x.Type().Name)
		}
		maxsplit := int64(-1)
		if !y.IsNull() {
			if maxsplit, err = indexToInt(y, ""); err != nil {
				return Value{}, err
			}
		}
		if s := self.AsStr(); name == "split" && len(s.S) <= 1<<31-1 && maxsplit <= 1<<31-1 {
			if sep == nil && s.IsASCII() {
				return splitWhitespaceASCII(self, s.S, int(maxsplit)), nil // str_split.go
			}
			if sep != nil && *sep != "" {
				return splitSep(self, s.S, *sep, s.ascii == 1, int(maxsplit)), nil
			}
		}
		parts, perr := f(self.AsStr().S, sep, int(maxsplit))
		if perr != nil {
			return Value{}, fromPyErr(perr)
		}
		return strList(self, parts), nil
	}
	return Method{Name: name, Sig: "sep=, maxsplit=",
		Fn:   func(self Value, a []Value) (Value, *Exception) { return call(self, a[0], a[1]) },
		Zero: func(self Value) (Value, *Exception) { return call(self, Value{}, Value{}) },
		One:  func(self, x Value) (Value, *Exception) { return call(self, x, Value{}) },
		Two:  call}
}

// strList returns a list of the strs parts, which are pieces of the str
// self (so ASCII when it is). Their headers share one allocation (see
// strHeaders).
func strList(self Value, parts []string) Value {
	s := self.AsStr()
	if len(parts) == 1 && len(parts[0]) == len(s.S) && self.Type() == StrType {
		return NewList([]Value{self}) // unsplit: CPython's list holds the str itself
	}
	return NewList(strHeaders(parts, s.ascii == 1))
}

func strPartitionM(name string, f func(s, sep string) ([3]string, *pyErr)) Method {
	return Method{Name: name, Sig: "sep, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		sep, ok := a[0].TryStr()
		if !ok {
			return Value{}, NewTypeError("must be str, not %s", a[0].Type().Name)
		}
		p, perr := f(self.AsStr().S, sep.S)
		if perr != nil {
			return Value{}, fromPyErr(perr)
		}
		return TupleValue(StrValue(p[0]), StrValue(p[1]), StrValue(p[2])), nil
	}}
}

var strMethods = []Method{
	{Name: "maketrans", Sig: "x, y=, z=, /", Flags: MethStatic, Fn: str_maketrans},
	{Name: "translate", Sig: "table, /", Flags: MethO, Fn: str_translate},
	{Name: "join", Sig: "iterable, /", Flags: MethO, Fn: str_join},
	strSplitM("split", StrSplit),
	strSplitM("rsplit", StrRSplit),
	{Name: "splitlines", Sig: "keepends=", Fn: func(self Value, a []Value) (Value, *Exception) {
		keep := false
		if !a[0].IsNull() {
			var err *Exception
			if keep, err = IsTrue(a[0]); err != nil {
				return Value{}, err
			}
		}
		return strList(self, StrSplitlines(self.AsStr().S, keep)), nil
	}},
	strStripM("strip", StrStrip),
	strStripM("lstrip", StrLStrip),
	strStripM("rstrip", StrRStrip),
	{Name: "replace", Sig: "old, new, count=, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		return strReplaceCall(self, a[0], a[1], a[2])
	}, Two: strReplaceTwo},
	strAffix("startswith", StrStartsWith),
	strAffix("endswith", StrEndsWith),
	strSearch("find", strFindN),
	strSearch("rfind", strRFindN),
	strSearch("count", strCountN),
	strIndexSearch("index", strFindN),
	strIndexSearch("rindex", strRFindN),
	{Name: "upper", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		if s := self.AsStr(); s.IsASCII() {
			return strASCIIUpperLower(s, true), nil
		}
		return StrValue(StrUpper(self.AsStr().S)), nil
	}},
	{Name: "lower", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		if s := self.AsStr(); s.IsASCII() {
			return strASCIIUpperLower(s, false), nil
		}
		return StrValue(StrLower(self.AsStr().S)), nil
	}}, strCaseM("casefold", StrCasefold, asciiLower),
	strCaseM("swapcase", StrSwapcase, asciiSwapcase), strCaseM("title", StrTitle, asciiTitle),
	strCaseM("capitalize", StrCapitalize, asciiCapitalize),
	strPred("isalpha", StrIsAlpha), strPred("isdecimal", StrIsDecimal), strPred("isdigit", StrIsDigit),
	strPred("isnumeric", StrIsNumeric), strPred("isalnum", StrIsAlnum), strPred("isspace", StrIsSpace),
	strPred("isprintable", StrIsPrintable), strPred("isascii", StrIsASCII), strPred("isidentifier", StrIsIdentifier),
	strPred("isupper", StrIsUpper), strPred("islower", StrIsLower), strPred("istitle", StrIsTitle),
	strPadM("center", StrCenter), strPadM("ljust", StrLJust), strPadM("rjust", StrRJust),
	{Name: "zfill", Sig: "width, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		w, err := indexToInt(a[0], "")
		if err != nil {
			return Value{}, err
		}
		r, perr := StrZfill(self.AsStr().S, int(w))
		if perr != nil {
			return Value{}, fromPyErr(perr)
		}
		return strUnchanged(self, r), nil
	}},
	{Name: "expandtabs", Sig: "tabsize=", Fn: func(self Value, a []Value) (Value, *Exception) {
		n := int64(8)
		if !a[0].IsNull() {
			var err *Exception
			var c int
			if c, err = CIntConverter(a[0]); err != nil {
				return Value{}, err
			}
			n = int64(c)
		}
		r, perr := StrExpandTabs(self.AsStr().S, int(n))
		if perr != nil {
			return Value{}, fromPyErr(perr)
		}
		return strUnchanged(self, r), nil
	}},
	strPartitionM("partition", StrPartition),
	strPartitionM("rpartition", StrRPartition),
	{Name: "removeprefix", Sig: "prefix, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		p, ok := a[0].TryStr()
		if !ok {
			return Value{}, NewTypeError("removeprefix() argument must be str, not %s", a[0].Type().Name)
		}
		return strUnchanged(self, StrRemovePrefix(self.AsStr().S, p.S)), nil
	}},
	{Name: "removesuffix", Sig: "suffix, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		p, ok := a[0].TryStr()
		if !ok {
			return Value{}, NewTypeError("removesuffix() argument must be str, not %s", a[0].Type().Name)
		}
		return strUnchanged(self, StrRemoveSuffix(self.AsStr().S, p.S)), nil
	}},
	{Name: "format", Sig: "*args, **kwargs", Vec: strFormatVec, Fn: func(self Value, a []Value) (Value, *Exception) {
		if !strings.ContainsAny(self.AsStr().S, "{}") {
			return self, nil // CPython's writer returns the string itself when it is all literal
		}
		return strFormatValue(self.AsStr().S, a[0].AsTuple().items, a[1], false)
	}},
	{Name: "format_map", Sig: "mapping, /", Flags: MethO, Fn: func(self Value, a []Value) (Value, *Exception) {
		return strFormatValue(self.AsStr().S, nil, a[0], true)
	}},
	{Name: "__format__", Sig: "format_spec, /", Fn: func(self Value, a []Value) (Value, *Exception) {
		spec, ok := a[0].TryStr()
		if !ok {
			return Value{}, NewTypeError("format() argument 2 must be str, not %s", a[0].Type().Name)
		}
		if spec.S == "" {
			if self.Type() == StrType {
				return self, nil
			}
			return StrOfValue(self) // a subclass's __str__ decides, as CPython's format_obj
		}
		r, perr := formatStrValue(self, spec.S, self.Type().Name) // format_result.go
		if perr != nil {
			return Value{}, fromPyErr(perr)
		}
		return r, nil
	}},
	{Name: "encode", Sig: "encoding=, errors=", Fn: func(self Value, a []Value) (Value, *Exception) {
		enc, errors, err := codecArgs(a[0], a[1], "encode")
		if err != nil {
			return Value{}, err
		}
		return EncodeStr(self.AsStr(), enc, errors)
	}},
	{Name: "__getnewargs__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		return TupleValue(StrValue(self.AsStr().S)), nil
	}},
	{Name: "__sizeof__", Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		return Int(strSizeOfValue(self)), nil
	}},
}

// strFormatValue is str.format / format_map.
func strFormatValue(format string, args []Value, kw Value, isMap bool) (Value, *Exception) {
	if p := markupProgFor(format); p != nil {
		return p.run(args, kw, isMap)
	}
	c := &pyErrCarrier{}
	fa := strFormatArgs[Value]{Args: args, NoArgs: isMap}
	if !kw.IsNull() {
		fa.Lookup = func(key string) (Value, *pyErr) {
			r, err := GetItem(kw, StrValue(key))
			if err != nil {
				return Value{}, c.carry(err)
			}
			return r, nil
		}
	}
	h := &strFormatHooks[Value]{
		GetAttr: func(v Value, name string) (Value, *pyErr) {
			r, err := GetAttrString(v, name)
			if err != nil {
				return Value{}, c.carry(err)
			}
			return r, nil
		},
		GetIndex: func(v Value, i int) (Value, *pyErr) {
			r, err := GetItem(v, Int(int64(i)))
			if err != nil {
				return Value{}, c.carry(err)
			}
			return r, nil
		},
		GetKey: func(v Value, key string) (Value, *pyErr) {
			r, err := GetItem(v, StrValue(key))
			if err != nil {
				return Value{}, c.carry(err)
			}
			return r, nil
		},
		Convert: func(v Value, conv rune) (Value, *pyErr) {
			var r Value
			var err *Exception
			switch conv {
			case 'r':
				r, err = reprValue(v)
			case 's':
				r, err = StrOfValue(v)
			default:
				r, err = asciiOf(v)
			}
			if err != nil {
				return Value{}, c.carry(err)
			}
			return r, nil
		},
		Format: func(v Value, spec string) (string, *pyErr) {
			r, err := Format(v, StrValue(spec))
			if err != nil {
				return "", c.carry(err)
			}
			return r.AsStr().S, nil
		},
	}
	r, err := strFormat(format, fa, h)
	return c.result(r, err)
}

// str_maketrans is the static method str.maketrans(x[, y[, z]]).
func str_maketrans(self Value, a []Value) (Value, *Exception) {
	d := NewDict()
	if a[1].IsNull() {
		if !a[2].IsNull() {
			return Value{}, NewTypeError("maketrans() argument 2 must be str, not %s", a[1].Type().Name)
		}
		src, ok := a[0].TryDict()
		if !ok {
			return Value{}, fromPyErr(MakeTransNotDict)
		}
		for pos := 0; ; {
			k, v, ok := src.Next(&pos)
			if !ok {
				break
			}
			if s, isStr := k.TryStr(); isStr {
				if s.Len() != 1 {
					return Value{}, fromPyErr(MakeTransKeyLength)
				}
				c, _ := decodeCodePoint(s.S, 0)
				k = Int(int64(c))
			} else if _, _, isInt := intValue(k); !isInt {
				return Value{}, fromPyErr(MakeTransKeyType)
			}
			if err := d.SetItem(k, v); err != nil {
				return Value{}, err
			}
		}
		return d.Value(), nil
	}
	// The argument parser checks y and z (format "O|UU") before x's type.
	y, ok := a[1].TryStr()
	if !ok {
		return Value{}, NewTypeError("maketrans() argument 2 must be str, not %s", a[1].Type().Name)
	}
	z := ""
	if !a[2].IsNull() {
		zs, ok := a[2].TryStr()
		if !ok {
			return Value{}, NewTypeError("maketrans() argument 3 must be str, not %s", a[2].Type().Name)
		}
		z = zs.S
	}
	x, ok := a[0].TryStr()
	if !ok {
		return Value{}, NewTypeError("first maketrans argument must be a string if there is a second argument")
	}
	entries, perr := StrMakeTrans(x.S, y.S, z)
	if perr != nil {
		return Value{}, fromPyErr(perr)
	}
	for _, e := range entries {
		v := None
		if !e.Delete {
			v = Int(int64(e.Value))
		}
		if err := d.SetItem(Int(int64(e.Key)), v); err != nil {
			return Value{}, err
		}
	}
	return d.Value(), nil
}

// str_translate is str.translate(table): table[ord(c)] for every c.
func str_translate(self Value, a []Value) (Value, *Exception) {
	table := a[0]
	c := &pyErrCarrier{}
	lookup := func(ch rune) (TranslateAction, string, *pyErr) {
		r, err := GetItem(table, Int(int64(ch)))
		if err != nil {
			if err.Matches(LookupErrorType) {
				return TranslateKeep, "", nil
			}
			return 0, "", c.carry(err)
		}
		if r.IsNone() {
			return TranslateDelete, "", nil
		}
		if s, ok := r.TryStr(); ok {
			return TranslateReplace, s.S, nil
		}
		n, bg, ok := intValue(r)
		if !ok {
			return 0, "", TranslateTypeError()
		}
		if bg != nil {
			n = -1
		}
		if perr := TranslateRangeCheck(n); perr != nil {
			return 0, "", perr
		}
		return TranslateReplace, string(appendCodePoint(nil, rune(n))), nil
	}
	r, perr := StrTranslate(self.AsStr().S, lookup)
	return c.result(r, perr)
}

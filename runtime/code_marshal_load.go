// This file defines the reading half of marshal: MarshalLoads rebuilds a
// value from marshal data, raising CPython's EOFError, ValueError and
// TypeError messages for truncated or corrupt data (it never panics,
// whatever the bytes: see code_marshal_fuzz_test.go). It is on the start-up
// path, reading every cached module, so it works on the byte slice directly.

package runtime

import (
	"encoding/binary"
	"math"
	"math/big"
	"unicode/utf8"
)

type marshalReader struct {
	b     []byte
	pos   int
	refs  []Value // a null Value marks a slot whose object is still being read
	depth int
	// scratch gathers a code object's names before they get their own
	// slice (strLists).
	scratch []*Str
	// slab hands out the small parts of the code objects read
	// (imports13_marshal_slab.go).
	slab marshalSlab
	// keep says the input never changes and may be kept: nested code
	// objects keep their bodies in it, unread (lazy14_code.go).
	keep bool
	file *pycFile // the mapped file the input is, or nil (lazy14_pycmap_linux.go)
}

// MarshalLoads reads one value from the start of b and returns it with the
// number of bytes it took.
func MarshalLoads(b []byte) (Value, int, *Exception) { return marshalLoads(b, false) }

func marshalLoads(b []byte, keep bool) (Value, int, *Exception) {
	rp := getMarshalRefs(len(b) / 24) // startup_sizes.go
	r := &marshalReader{b: b, refs: *rp, keep: keep}
	r.slab.size = len(b)
	v, err := r.object()
	putMarshalRefs(rp, r.refs)
	if err != nil {
		return Value{}, r.pos, err
	}
	if v.IsNull() {
		return Value{}, r.pos, NewTypeError("NULL object in marshal data for object")
	}
	return v, r.pos, nil
}

func marshalEOF(msg string) *Exception { return NewExceptionMsg(exceptionTypeByName["EOFError"], msg) }

func marshalBad(what string) *Exception {
	return NewValueError("bad marshal data (%s)", what)
}

// need returns the next n bytes (shared with the input).
func (r *marshalReader) need(n int) ([]byte, *Exception) {
	if n < 0 || n > len(r.b)-r.pos {
		return nil, marshalEOF("marshal data too short")
	}
	s := r.b[r.pos : r.pos+n : r.pos+n]
	r.pos += n
	return s, nil
}

func (r *marshalReader) int32() (int32, *Exception) {
	if len(r.b)-r.pos < 4 {
		return 0, marshalEOF("marshal data too short")
	}
	n := int32(binary.LittleEndian.Uint32(r.b[r.pos:]))
	r.pos += 4
	return n, nil
}

// size reads an int32 count, which must not be negative.
func (r *marshalReader) size(what string) (int, *Exception) {
	n, err := r.int32()
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, marshalBad(what + " size out of range")
	}
	return int(n), nil
}

func (r *marshalReader) byte() (byte, *Exception) {
	if r.pos >= len(r.b) {
		return 0, marshalEOF("EOF read where object expected")
	}
	c := r.b[r.pos]
	r.pos++
	return c, nil
}

func (r *marshalReader) float64() (float64, *Exception) {
	s, err := r.need(8)
	if err != nil {
		return 0, err
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(s)), nil
}

// floatText reads the length-prefixed text of a version 0/1 float.
func (r *marshalReader) floatText() (float64, *Exception) {
	n, err := r.byte()
	if err != nil {
		return 0, err
	}
	s, err := r.need(int(n))
	if err != nil {
		return 0, err
	}
	f, perr := parseFloat(string(s))
	if perr != nil {
		return 0, fromPyErr(perr)
	}
	return f, nil
}

// object reads one object. It returns a null Value without an error for
// the '0' code, which ends a dict and is an error anywhere else.
func (r *marshalReader) object() (Value, *Exception) {
	code, err := r.byte()
	if err != nil {
		return Value{}, err
	}
	if r.depth >= marshalMaxDepth {
		return Value{}, NewValueError("recursion limit exceeded")
	}
	r.depth++
	v, err := r.typed(code&^marshalFlagRef, code&marshalFlagRef != 0)
	r.depth--
	return v, err
}

// reserve numbers the object about to be read if flagged, returning its
// slot (or -1).
func (r *marshalReader) reserve(flag bool) int {
	if !flag {
		return -1
	}
	r.refs = append(r.refs, Value{})
	return len(r.refs) - 1
}

func (r *marshalReader) fill(slot int, v Value) Value {
	if slot >= 0 {
		r.refs[slot] = v
	}
	return v
}

func (r *marshalReader) typed(code byte, flag bool) (Value, *Exception) {
	switch code {
	case '0':
		return Value{}, nil
	case 'N':
		return None, nil
	case 'T':
		return True, nil
	case 'F':
		return False, nil
	case '.':
		return Ellipsis, nil
	case 'S':
		return StopIterationType.Value(), nil
	case 'r':
		n, err := r.int32()
		if err != nil {
			return Value{}, err
		}
		if n < 0 || int(n) >= len(r.refs) || r.refs[n].IsNull() {
			return Value{}, marshalBad("invalid reference")
		}
		return r.refs[n], nil
	case '(', ')', '[', '<', '>', '{':
		return r.container(code, flag)
	case 'c':
		slot := r.reserve(flag)
		co, err := r.code()
		if err != nil {
			return Value{}, err
		}
		return r.fill(slot, ValueOf(co)), nil
	}
	slot := r.reserve(flag)
	v, err := r.scalar(code)
	if err != nil {
		return Value{}, err
	}
	return r.fill(slot, v), nil
}

// scalar reads the objects that hold no other objects.
func (r *marshalReader) scalar(code byte) (Value, *Exception) {
	switch code {
	case 'i':
		n, err := r.int32()
		return Int(int64(n)), err
	case 'I':
		s, err := r.need(8)
		if err != nil {
			return Value{}, err
		}
		return Int(int64(binary.LittleEndian.Uint64(s))), nil
	case 'l':
		return r.long()
	case 'g':
		f, err := r.float64()
		return Float(f), err
	case 'f':
		f, err := r.floatText()
		return Float(f), err
	case 'y', 'x':
		read := r.float64
		if code == 'x' {
			read = r.floatText
		}
		re, err := read()
		if err != nil {
			return Value{}, err
		}
		im, err := read()
		return NewComplex(re, im), err
	case 's':
		n, err := r.size("bytes object")
		if err != nil {
			return Value{}, err
		}
		s, err := r.need(n)
		if err != nil {
			return Value{}, err
		}
		return NewBytes(append([]byte(nil), s...)), nil
	case 'u', 't', 'a', 'A', 'z', 'Z':
		s, err := r.str(code)
		if err != nil {
			return Value{}, err
		}
		return ValueOf(s), nil
	}
	return Value{}, marshalBad("unknown type code")
}

func (r *marshalReader) long() (Value, *Exception) {
	n, err := r.int32()
	if err != nil {
		return Value{}, err
	}
	if n == 0 {
		return Int(0), nil
	}
	neg := n < 0
	cnt := int(n)
	if neg {
		cnt = -cnt
	}
	s, err := r.need(2 * cnt)
	if err != nil {
		return Value{}, err
	}
	// Assemble the 15-bit digits into 64-bit words, least significant first.
	words := make([]big.Word, (cnt*15+63)/64)
	for i := 0; i < cnt; i++ {
		d := binary.LittleEndian.Uint16(s[2*i:])
		if d > 0x7fff {
			return Value{}, marshalBad("digit out of range in long")
		}
		if d == 0 && i == cnt-1 {
			return Value{}, marshalBad("unnormalized long data")
		}
		bit := i * 15
		words[bit/64] |= big.Word(d) << (bit % 64)
		if bit%64 > 64-15 {
			words[bit/64+1] |= big.Word(d) >> (64 - bit%64)
		}
	}
	x := new(big.Int).SetBits(words)
	if neg {
		x.Neg(x)
	}
	return NewIntBig(x), nil
}

// str reads a str of any of the six string codes; the interned ones give
// the interned object.
func (r *marshalReader) str(code byte) (*Str, *Exception) {
	var n int
	if code == 'z' || code == 'Z' {
		c, err := r.byte()
		if err != nil {
			return nil, err
		}
		n = int(c)
	} else {
		m, err := r.size("string")
		if err != nil {
			return nil, err
		}
		n = m
	}
	b, err := r.need(n)
	if err != nil {
		return nil, err
	}
	interned := code == 't' || code == 'A' || code == 'Z'
	ascii := code != 'u' && code != 't'
	if ascii && !isASCII(string(b)) || !ascii && !utf8.Valid(b) {
		var s string
		if ascii {
			s = marshalLatin1(b)
		} else {
			d, ce := Decode(b, "utf-8", "surrogatepass")
			if ce != nil {
				return nil, codecExc(ce)
			}
			s = d
		}
		if interned {
			return Intern(s), nil
		}
		return NewStr(s), nil
	}
	if interned {
		return internBytes(b), nil
	}
	return NewStr(string(b)), nil
}

// internBytes is Intern(string(b)) without allocating when the str is
// already interned, as most names in a module's code are.
func internBytes(b []byte) *Str {
	if len(b) == 0 {
		return emptyStr
	}
	internTable.Lock()
	defer internTable.Unlock()
	if t, ok := internTable.set.findBytes(b); ok {
		return t
	}
	return newInternedLocked(internTextOf(b)) // startup10_intern.go
}

// marshalLatin1 decodes b as Latin-1, which is what CPython does with the
// bytes of an "ASCII" string code.
func marshalLatin1(b []byte) string {
	if isASCII(string(b)) {
		return string(b)
	}
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = utf8.AppendRune(out, rune(c))
	}
	return string(out)
}

// container reads tuples, lists, sets, frozensets and dicts. Mutable ones
// and tuples are numbered before their items, as CPython does, so that
// they can contain themselves.
func (r *marshalReader) container(code byte, flag bool) (Value, *Exception) {
	if code == '{' {
		return r.dict(flag)
	}
	var n int
	if code == ')' {
		c, err := r.byte()
		if err != nil {
			return Value{}, err
		}
		n = int(c)
	} else {
		what := map[byte]string{'(': "tuple", '[': "list", '<': "set", '>': "set"}[code]
		m, err := r.size(what)
		if err != nil {
			return Value{}, err
		}
		n = m
	}
	if n > len(r.b)-r.pos {
		// Every item takes at least a byte: the data is too short.
		return Value{}, marshalEOF("EOF read where object expected")
	}
	slot := r.reserve(flag)
	items := make([]Value, n)
	var self Value
	switch code {
	case '(', ')':
		self = TupleValue(items...)
	case '[':
		self = NewList(items)
	case '<':
		self = NewSet().Value()
	}
	if !self.IsNull() {
		r.fill(slot, self)
	}
	for i := range items {
		v, err := r.object()
		if err != nil {
			return Value{}, err
		}
		if v.IsNull() {
			return Value{}, NewTypeError("NULL object in marshal data for %s", map[byte]string{'(': "tuple", ')': "tuple", '[': "list", '<': "set", '>': "set"}[code])
		}
		items[i] = v
	}
	switch code {
	case '<':
		if err := ptrOf[Set](self).AddAll(items); err != nil {
			return Value{}, err
		}
	case '>':
		s := NewFrozenSet()
		if err := s.AddAll(items); err != nil {
			return Value{}, err
		}
		self = r.fill(slot, s.Value())
	}
	if n == 0 && (code == '(' || code == ')') {
		self = r.fill(slot, TupleValue())
	}
	return self, nil
}

func (r *marshalReader) dict(flag bool) (Value, *Exception) {
	d := NewDict()
	r.fill(r.reserve(flag), d.Value())
	for {
		k, err := r.object()
		if err != nil {
			return Value{}, err
		}
		if k.IsNull() {
			return d.Value(), nil
		}
		v, err := r.object()
		if err != nil {
			return Value{}, err
		}
		if v.IsNull() {
			return d.Value(), nil
		}
		if err := d.SetItem(k, v); err != nil {
			return Value{}, err
		}
	}
}

// This file defines the reading half of marshal: loads and load.

package marshal

import (
	"encoding/binary"
	"math"
	"math/big"

	"krait/runtime"
)

type reader struct {
	b     []byte
	pos   int
	refs  []runtime.Value
	depth int
}

func marshal_loads(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, ok := runtime.BytesLike(a[0])
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	r := &reader{b: b}
	return r.value()
}

func marshal_load(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	// CPython reads exactly the bytes of one value; reading the rest of
	// the file then seeking back keeps the file position equivalent.
	read, err := runtime.GetAttrString(a[0], "read")
	if err != nil {
		return runtime.Value{}, err
	}
	data, err := runtime.Call(read, nil, nil)
	if err != nil {
		return runtime.Value{}, err
	}
	b, ok := runtime.BytesLike(data)
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("file.read() returned not bytes but %s", data.Type().Name)
	}
	r := &reader{b: b}
	v, err := r.value()
	if err != nil {
		return runtime.Value{}, err
	}
	if extra := len(b) - r.pos; extra > 0 {
		if seek, err := runtime.GetAttrString(a[0], "seek"); err == nil {
			if _, err := runtime.Call(seek, []runtime.Value{runtime.Int(int64(-extra)), runtime.Int(1)}, nil); err != nil {
				return runtime.Value{}, err
			}
		}
	}
	return v, nil
}

func eofErr() *runtime.Exception {
	return runtime.NewExceptionMsg(runtime.ExceptionTypeByName("EOFError"), "marshal data too short")
}

func badData(what string) *runtime.Exception {
	return runtime.NewValueError("bad marshal data (%s)", what)
}

func (r *reader) need(n int) ([]byte, *runtime.Exception) {
	if n < 0 || r.pos+n > len(r.b) {
		return nil, eofErr()
	}
	s := r.b[r.pos : r.pos+n]
	r.pos += n
	return s, nil
}

func (r *reader) int32() (int32, *runtime.Exception) {
	s, err := r.need(4)
	if err != nil {
		return 0, err
	}
	return int32(binary.LittleEndian.Uint32(s)), nil
}

func (r *reader) float() (float64, *runtime.Exception) {
	s, err := r.need(8)
	if err != nil {
		return 0, err
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(s)), nil
}

func (r *reader) value() (runtime.Value, *runtime.Exception) {
	if r.pos >= len(r.b) {
		return runtime.Value{}, runtime.NewExceptionMsg(runtime.ExceptionTypeByName("EOFError"), "EOF read where object expected")
	}
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > 2000 {
		return runtime.Value{}, runtime.NewValueError("recursion limit exceeded")
	}
	code := r.b[r.pos]
	r.pos++
	flag := code&flagRef != 0
	code &^= flagRef
	slot := -1
	if flag {
		slot = len(r.refs)
		r.refs = append(r.refs, runtime.None)
	}
	v, err := r.typed(code, slot)
	if err != nil {
		return runtime.Value{}, err
	}
	if flag {
		r.refs[slot] = v
	}
	return v, nil
}

func (r *reader) typed(code byte, slot int) (runtime.Value, *runtime.Exception) {
	switch code {
	case '0':
		return runtime.Value{}, badData("NULL object")
	case 'N':
		return runtime.None, nil
	case 'T':
		return runtime.True, nil
	case 'F':
		return runtime.False, nil
	case '.':
		return runtime.Ellipsis, nil
	case 'S':
		return runtime.ExceptionTypeByName("StopIteration").Value(), nil
	case 'i':
		n, err := r.int32()
		return runtime.Int(int64(n)), err
	case 'l':
		return r.long()
	case 'g':
		f, err := r.float()
		return runtime.Float(f), err
	case 'y':
		re, err := r.float()
		if err != nil {
			return runtime.Value{}, err
		}
		im, err := r.float()
		return runtime.NewComplex(re, im), err
	case 's':
		n, err := r.int32()
		if err != nil {
			return runtime.Value{}, err
		}
		s, err := r.need(int(n))
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.NewBytes(append([]byte(nil), s...)), nil
	case 'u', 't', 'a', 'A', 'z', 'Z':
		return r.str(code)
	case 'r':
		n, err := r.int32()
		if err != nil {
			return runtime.Value{}, err
		}
		if n < 0 || int(n) >= len(r.refs) {
			return runtime.Value{}, badData("invalid reference")
		}
		return r.refs[n], nil
	case '(', ')', '[', '<', '>':
		return r.container(code, slot)
	case '{':
		return r.dict(slot)
	}
	return runtime.Value{}, badData("unknown type code")
}

func (r *reader) long() (runtime.Value, *runtime.Exception) {
	n, err := r.int32()
	if err != nil {
		return runtime.Value{}, err
	}
	neg := n < 0
	if neg {
		n = -n
	}
	x := new(big.Int)
	for i := 0; i < int(n); i++ {
		s, err := r.need(2)
		if err != nil {
			return runtime.Value{}, err
		}
		d := binary.LittleEndian.Uint16(s)
		if d > 0x7fff {
			return runtime.Value{}, badData("digit out of range in long")
		}
		x.Or(x, new(big.Int).Lsh(big.NewInt(int64(d)), uint(15*i)))
	}
	if neg {
		x.Neg(x)
	}
	return runtime.NewIntBig(x), nil
}

func (r *reader) str(code byte) (runtime.Value, *runtime.Exception) {
	var n int
	if code == 'z' || code == 'Z' {
		s, err := r.need(1)
		if err != nil {
			return runtime.Value{}, err
		}
		n = int(s[0])
	} else {
		m, err := r.int32()
		if err != nil {
			return runtime.Value{}, err
		}
		n = int(m)
	}
	s, err := r.need(n)
	if err != nil {
		return runtime.Value{}, err
	}
	if code == 'u' || code == 't' {
		str, cerr := runtime.Decode(s, "utf-8", "surrogatepass")
		if cerr != nil {
			return runtime.Value{}, badData("invalid utf-8")
		}
		return runtime.StrValue(str), nil
	}
	return runtime.StrValue(string(s)), nil
}

func (r *reader) container(code byte, slot int) (runtime.Value, *runtime.Exception) {
	var n int
	if code == ')' {
		s, err := r.need(1)
		if err != nil {
			return runtime.Value{}, err
		}
		n = int(s[0])
	} else {
		m, err := r.int32()
		if err != nil {
			return runtime.Value{}, err
		}
		if m < 0 {
			return runtime.Value{}, badData("size out of range")
		}
		n = int(m)
	}
	if n > len(r.b)-r.pos {
		return runtime.Value{}, eofErr()
	}
	items := make([]runtime.Value, 0, n)
	var list runtime.Value
	if code == '[' {
		list = runtime.NewList(nil)
		if slot >= 0 {
			r.refs[slot] = list
		}
	}
	for i := 0; i < n; i++ {
		v, err := r.value()
		if err != nil {
			return runtime.Value{}, err
		}
		if code == '[' {
			if _, err := runtime.CallMethod(list, "append", v); err != nil {
				return runtime.Value{}, err
			}
			continue
		}
		items = append(items, v)
	}
	switch code {
	case '[':
		return list, nil
	case '<', '>':
		s := runtime.NewSet()
		if code == '>' {
			s = runtime.NewFrozenSet()
		}
		for _, v := range items {
			if err := s.Add(v); err != nil {
				return runtime.Value{}, err
			}
		}
		return s.Value(), nil
	}
	return runtime.TupleValue(items...), nil
}

func (r *reader) dict(slot int) (runtime.Value, *runtime.Exception) {
	d := runtime.NewDict()
	if slot >= 0 {
		r.refs[slot] = d.Value()
	}
	for {
		if r.pos < len(r.b) && r.b[r.pos] == '0' {
			r.pos++
			return d.Value(), nil
		}
		k, err := r.value()
		if err != nil {
			return runtime.Value{}, err
		}
		v, err := r.value()
		if err != nil {
			return runtime.Value{}, err
		}
		if err := d.SetItem(k, v); err != nil {
			return runtime.Value{}, err
		}
	}
}

// This file defines array.array's methods and attributes.
package array

import (
	"bytes"
	"encoding/binary"
	"slices"

	"krait/runtime"
)

func self(v value) *arrayObject { return arrayOf(v) }

func array_append(v value, a []value) (value, *exc) {
	return runtime.None, self(v).appendValues(a[:1])
}

func array_extend(v value, a []value) (value, *exc) {
	o := self(v)
	if b, ok := tryArray(a[0]); ok {
		return runtime.None, o.extendArray(b)
	}
	return runtime.None, o.extendIter(a[0])
}

func array_insert(v value, a []value) (value, *exc) {
	o := self(v)
	i, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.None, err
	}
	n := int64(o.len())
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	buf := make([]byte, o.size)
	if err := pack(o.code, buf, a[1]); err != nil {
		return runtime.None, err
	}
	if err := o.checkResize(); err != nil {
		return runtime.None, err
	}
	o.data = slices.Insert(o.data, int(i)*o.size, buf...)
	return runtime.None, nil
}

func array_pop(v value, a []value) (value, *exc) {
	o := self(v)
	i := int64(-1)
	if !a[0].IsNull() {
		var err *exc
		if i, err = runtime.IndexInt64(a[0], ""); err != nil {
			return runtime.None, err
		}
	}
	n := int64(o.len())
	if n == 0 {
		return runtime.None, runtime.NewIndexError("pop from empty array")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return runtime.None, runtime.NewIndexError("pop index out of range")
	}
	if err := o.checkResize(); err != nil {
		return runtime.None, err
	}
	x := o.item(int(i))
	o.data = append(o.data[:int(i)*o.size], o.data[int(i+1)*o.size:]...)
	return x, nil
}

// find returns the first index in [start, stop) holding x, or -1.
func (o *arrayObject) find(x value, start, stop int) (int, *exc) {
	for i := start; i < min(stop, o.len()); i++ {
		eq, err := runtime.RichCompareBool(o.item(i), x, runtime.Eq)
		if err != nil {
			return 0, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// clampIndex resolves index()'s optional start and stop as slices do.
func clampIndex(v value, n, def int) (int, *exc) {
	if v.IsNull() {
		return def, nil
	}
	i, err := runtime.IndexInt64(v, "slice indices must be integers or have an __index__ method")
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i = max(i+int64(n), 0)
	}
	return int(min(i, int64(n))), nil
}

func array_index(v value, a []value) (value, *exc) {
	o := self(v)
	start, err := clampIndex(a[1], o.len(), 0)
	if err != nil {
		return runtime.None, err
	}
	stop, err := clampIndex(a[2], o.len(), o.len())
	if err != nil {
		return runtime.None, err
	}
	i, err := o.find(a[0], start, stop)
	if err != nil {
		return runtime.None, err
	}
	if i < 0 {
		return runtime.None, runtime.NewValueError("array.index(x): x not in array")
	}
	return runtime.Int(int64(i)), nil
}

func array_remove(v value, a []value) (value, *exc) {
	o := self(v)
	i, err := o.find(a[0], 0, o.len())
	if err != nil {
		return runtime.None, err
	}
	if i < 0 {
		return runtime.None, runtime.NewValueError("array.remove(x): x not in array")
	}
	if err := o.checkResize(); err != nil {
		return runtime.None, err
	}
	o.data = append(o.data[:i*o.size], o.data[(i+1)*o.size:]...)
	return runtime.None, nil
}

func array_count(v value, a []value) (value, *exc) {
	o := self(v)
	c := 0
	for i := 0; i < o.len(); i++ {
		eq, err := runtime.RichCompareBool(o.item(i), a[0], runtime.Eq)
		if err != nil {
			return runtime.None, err
		}
		if eq {
			c++
		}
	}
	return runtime.Int(int64(c)), nil
}

func array_reverse(v value, _ []value) (value, *exc) {
	o := self(v)
	n := o.len()
	for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
		a, b := o.data[i*o.size:(i+1)*o.size], o.data[j*o.size:(j+1)*o.size]
		for k := range a {
			a[k], b[k] = b[k], a[k]
		}
	}
	return runtime.None, nil
}

func array_byteswap(v value, _ []value) (value, *exc) {
	o := self(v)
	for i := 0; i < len(o.data); i += o.size {
		slices.Reverse(o.data[i : i+o.size])
	}
	return runtime.None, nil
}

func array_frombytes(v value, a []value) (value, *exc) {
	b, ok := runtime.BufferBytes(a[0])
	if !ok {
		return runtime.None, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	return runtime.None, self(v).fromBytes(bytes.Clone(b))
}

func array_tobytes(v value, _ []value) (value, *exc) {
	return runtime.NewBytes(bytes.Clone(self(v).data)), nil
}

func array_fromlist(v value, a []value) (value, *exc) {
	l, ok := a[0].TryList()
	if !ok {
		return runtime.None, runtime.NewTypeError("arg must be list")
	}
	return runtime.None, self(v).appendValues(slices.Clone(l.Items()))
}

func array_tolist(v value, _ []value) (value, *exc) { return self(v).toList(), nil }

func array_fromunicode(v value, a []value) (value, *exc) {
	s, ok := a[0].TryStr()
	if !ok {
		return runtime.None, runtime.NewTypeError("fromunicode() argument must be str, not %s", a[0].Type().Name)
	}
	o := self(v)
	if o.code != 'u' {
		return runtime.None, runtime.NewValueError("fromunicode() may only be called on unicode type arrays")
	}
	if s.String() != "" {
		if err := o.checkResize(); err != nil {
			return runtime.None, err
		}
	}
	o.fromUnicode(s.String())
	return runtime.None, nil
}

func array_tounicode(v value, _ []value) (value, *exc) {
	o := self(v)
	if o.code != 'u' {
		return runtime.None, runtime.NewValueError("tounicode() may only be called on unicode type arrays")
	}
	if err := o.checkCodePoints(); err != nil {
		return runtime.None, err
	}
	return runtime.StrValue(o.toUnicode()), nil
}

// checkCodePoints refuses a 'u' array holding a value beyond U+10FFFF (made
// from raw bytes), as CPython's conversion to str does.
func (a *arrayObject) checkCodePoints() *exc {
	for i := 0; i+4 <= len(a.data); i += 4 {
		if c := binary.LittleEndian.Uint32(a.data[i:]); c > 0x10ffff {
			return runtime.NewValueError("character U+%x is not in range [U+0000; U+10ffff]", c)
		}
	}
	return nil
}

func array_copy(v value, _ []value) (value, *exc) {
	o := self(v)
	r := newArray(ArrayType, o.code)
	r.data = bytes.Clone(o.data)
	return runtime.ValueOf(r), nil
}

func array_buffer_info(v value, _ []value) (value, *exc) {
	// Krait has no stable addresses; 0 stands for the buffer's address.
	return runtime.NewTuple([]value{runtime.Int(0), runtime.Int(int64(self(v).len()))}).Value(), nil
}

func array_fromfile(v value, a []value) (value, *exc) {
	n, err := runtime.IndexInt64(a[1], "")
	if err != nil {
		return runtime.None, err
	}
	if n < 0 {
		return runtime.None, runtime.NewValueError("negative count")
	}
	o := self(v)
	want := int(n) * o.size
	b, err := runtime.CallMethod(a[0], "read", runtime.Int(int64(want)))
	if err != nil {
		return runtime.None, err
	}
	data, ok := b.TryBytes()
	if !ok {
		return runtime.None, runtime.NewTypeError("read() didn't return bytes")
	}
	whole := len(data) / o.size * o.size
	if err := o.fromBytes(data[:whole]); err != nil {
		return runtime.None, err
	}
	if len(data) != want {
		return runtime.None, runtime.NewException(runtime.ExceptionTypeByName("EOFError"), runtime.StrValue("read() didn't return enough bytes"))
	}
	return runtime.None, nil
}

func array_tofile(v value, a []value) (value, *exc) {
	_, err := runtime.CallMethod(a[0], "write", runtime.NewBytes(bytes.Clone(self(v).data)))
	return runtime.None, err
}

var arrayMethods = []runtime.Method{
	{Name: "append", Sig: "v, /", Flags: runtime.MethO, Fn: array_append, Doc: "Append new value v to the end of the array."},
	{Name: "buffer_info", Flags: runtime.MethNoArgs, Fn: array_buffer_info, Doc: "Return a tuple (address, length) giving the current memory address and the length in items of the buffer used to hold array's contents."},
	{Name: "byteswap", Flags: runtime.MethNoArgs, Fn: array_byteswap, Doc: "Byteswap all items of the array."},
	{Name: "__copy__", Flags: runtime.MethNoArgs, Fn: array_copy, Doc: "Return a copy of the array."},
	{Name: "count", Sig: "v, /", Flags: runtime.MethO, Fn: array_count, Doc: "Return number of occurrences of v in the array."},
	{Name: "__reduce_ex__", Sig: "protocol, /", Flags: runtime.MethO, Fn: array_reduce_ex, Doc: "Return state information for pickling."},
	{Name: "__deepcopy__", Sig: "unused, /", Flags: runtime.MethO, Fn: array_copy, Doc: "Return a copy of the array."},
	{Name: "extend", Sig: "bb, /", Flags: runtime.MethO, Fn: array_extend, Doc: "Append items to the end of the array."},
	{Name: "frombytes", Sig: "buffer, /", Flags: runtime.MethO, Fn: array_frombytes, Doc: "Appends items from the string, interpreting it as an array of machine values, as if it had been read from a file using the fromfile() method."},
	{Name: "fromfile", Sig: "f, n, /", Fn: array_fromfile, Doc: "Read n objects from the file object f and append them to the end of the array."},
	{Name: "fromlist", Sig: "list, /", Flags: runtime.MethO, Fn: array_fromlist, Doc: "Append items to array from list."},
	{Name: "fromunicode", Sig: "ustr, /", Flags: runtime.MethO, Fn: array_fromunicode, Doc: "Extends this array with data from the unicode string ustr."},
	{Name: "index", Sig: "v, start=, stop=, /", Fn: array_index, Doc: "Return index of first occurrence of v in the array."},
	{Name: "insert", Sig: "i, v, /", Fn: array_insert, Doc: "Insert a new item v into the array before position i."},
	{Name: "pop", Sig: "i=, /", Fn: array_pop, Doc: "Return the i-th element and delete it from the array."},
	{Name: "remove", Sig: "v, /", Flags: runtime.MethO, Fn: array_remove, Doc: "Remove the first occurrence of v in the array."},
	{Name: "reverse", Flags: runtime.MethNoArgs, Fn: array_reverse, Doc: "Reverse the order of the items in the array."},
	{Name: "tobytes", Flags: runtime.MethNoArgs, Fn: array_tobytes, Doc: "Convert the array to an array of machine values and return the bytes representation."},
	{Name: "tofile", Sig: "f, /", Flags: runtime.MethO, Fn: array_tofile, Doc: "Write all items (as machine values) to the file object f."},
	{Name: "tolist", Flags: runtime.MethNoArgs, Fn: array_tolist, Doc: "Convert array to an ordinary list with the same items."},
	{Name: "tounicode", Flags: runtime.MethNoArgs, Fn: array_tounicode, Doc: "Extends this array with data from the unicode string ustr."},
}

var arrayGetSets = []runtime.GetSetDef{
	{Name: "typecode", Get: func(v value) (value, *exc) { return runtime.StrValue(string(self(v).code)), nil }},
	{Name: "itemsize", Get: func(v value) (value, *exc) { return runtime.Int(int64(self(v).size)), nil }},
}

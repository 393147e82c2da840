// This file defines mmap.mmap's subscripting (an index gives an int, a
// slice gives bytes), item and slice assignment, and iteration (bytes of
// length one, as the sequence protocol gives).

package mmap

import kr "krait/runtime"

func mmap_getitem(self, key kr.Value) (kr.Value, *kr.Exception) {
	m, err := valid(self)
	if err != nil {
		return kr.Value{}, err
	}
	if s, ok := key.TrySlice(); ok {
		start, _, step, count, err := s.Indices(len(m.data))
		if err != nil {
			return kr.Value{}, err
		}
		out := make([]byte, count)
		for i := range out {
			out[i] = m.data[start+i*step]
		}
		return kr.NewBytes(out), nil
	}
	i, err := itemIndex(m, key)
	if err != nil {
		return kr.Value{}, err
	}
	return kr.Int(int64(m.data[i])), nil
}

// itemIndex converts an index key, adjusting negative ones.
func itemIndex(m *Mmap, key kr.Value) (int, *kr.Exception) {
	if key.Type().Index == nil {
		return 0, kr.NewTypeError("mmap indices must be integers")
	}
	i, err := kr.IndexInt64(key, "")
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += int64(len(m.data))
	}
	if i < 0 || i >= int64(len(m.data)) {
		return 0, kr.NewIndexError("mmap index out of range")
	}
	return int(i), nil
}

func mmap_setitem(self, key, val kr.Value) *kr.Exception {
	m, err := valid(self)
	if err != nil {
		return err
	}
	if val.IsNull() {
		return kr.NewTypeError("mmap doesn't support item deletion")
	}
	if s, ok := key.TrySlice(); ok {
		start, _, step, count, err := s.Indices(len(m.data))
		if err != nil {
			return err
		}
		b, ok := kr.BufferBytes(val)
		if !ok {
			return kr.NewTypeError("a bytes-like object is required, not '%s'", val.Type().Name)
		}
		if len(b) != count {
			return kr.NewIndexError("mmap slice assignment is wrong size")
		}
		if m.access == accessRead {
			return kr.NewTypeError("mmap can't modify a readonly memory map.")
		}
		for i := 0; i < count; i++ {
			m.data[start+i*step] = b[i]
		}
		return nil
	}
	i, err := itemIndex(m, key)
	if err != nil {
		return err
	}
	if m.access == accessRead {
		return kr.NewTypeError("mmap can't modify a readonly memory map.")
	}
	v, err := byteValue(val, "mmap item value must be in range(0, 256)")
	if err != nil {
		return err
	}
	m.data[i] = v
	return nil
}

func mmap_iter(self kr.Value) (kr.Value, *kr.Exception) {
	m, err := valid(self)
	if err != nil {
		return kr.Value{}, err
	}
	items := make([]kr.Value, len(m.data))
	for i, c := range m.data {
		items[i] = kr.NewBytes([]byte{c})
	}
	return kr.Iter(kr.NewList(items))
}

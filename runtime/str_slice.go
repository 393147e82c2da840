// This file defines x[lo:hi:st] of an exact str for GET_SLICE, without a
// slice object: an ASCII str's slices carry their length and ASCII flag,
// and a stepped slice is written straight into a str allocated with its
// header.

package runtime

func strGetSlice(x, lo, hi, st Value) (Value, *Exception) {
	s := x.AsStr()
	sl := Slice{Header{SliceType}, lo, hi, st}
	start, stop, step, n, err := sl.indices(s.Len())
	if err != nil {
		return Value{}, err
	}
	if n == s.Len() && step == 1 {
		return x, nil
	}
	if n <= 1 || !s.IsASCII() {
		return StrValue(StrSlice(s.S, s.index(), start, stop, step, n)), nil
	}
	var r *Str
	if step == 1 {
		r = newStrHeader(s.S[start:stop], 0, 0) // str18_chunk.go; n and ascii set below
	} else {
		var buf []byte
		r, buf = newStrSpace(n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			buf[i] = s.S[j]
		}
	}
	r.n, r.ascii = int32(n), 1
	return ValueOf(r), nil
}

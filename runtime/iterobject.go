// This file defines the sequence iterator iter() returns for objects that
// have __getitem__ but no __iter__.

package runtime

// SeqIterType is the type of the old-protocol sequence iterator.
var SeqIterType = newBuiltinType("iterator", ObjectType, 0)

type seqIter struct {
	Header
	seq   Value // null once exhausted
	index int64
}

func newSeqIter(seq Value) Value { return ValueOf(&seqIter{Header{SeqIterType}, seq, 0}) }

func init() {
	SeqIterType.Iter = func(v Value) (Value, *Exception) { return v, nil }
	SeqIterType.Next = seqiter_next
	SeqIterType.methods = []Method{
		{Name: "__length_hint__", Flags: MethNoArgs, Fn: seqiter_len, Doc: dictIterLengthHintDoc},
		{Name: "__reduce__", Flags: MethNoArgs, Fn: seqiter_reduce, Doc: reduceDoc},
		{Name: "__setstate__", Flags: MethO, Fn: seqiter_setstate, Doc: setstateDoc},
	}
}

// seqiter_len is len(seq) - index, NotImplemented when seq has no len().
func seqiter_len(self Value, _ []Value) (Value, *Exception) {
	it := ptrOf[seqIter](self)
	if it.seq.IsNull() {
		return Int(0), nil
	}
	if it.seq.Type().Len == nil {
		return NotImplemented, nil
	}
	n, err := Len(it.seq)
	if err != nil {
		return Value{}, err
	}
	return Int(max(0, int64(n)-it.index)), nil
}

// seqiter_reduce is (iter, (seq,), index), or iter over () once exhausted.
func seqiter_reduce(self Value, _ []Value) (Value, *Exception) {
	if it := ptrOf[seqIter](self); !it.seq.IsNull() {
		return iterReduce("iter", it.seq, it.index)
	}
	return iterReduceEmpty(TupleValue())
}

func seqiter_setstate(self Value, a []Value) (Value, *Exception) {
	i, err := iterStateIndex(a[0])
	if err != nil {
		return Value{}, err
	}
	if it := ptrOf[seqIter](self); !it.seq.IsNull() {
		it.index = max(i, 0)
	}
	return None, nil
}

func seqiter_next(v Value) (Value, *Exception) {
	it := ptrOf[seqIter](v)
	if it.seq.IsNull() {
		return Value{}, nil
	}
	r, err := GetItem(it.seq, Int(it.index))
	if err != nil {
		if err.Matches(IndexErrorType) || err.Matches(StopIterationType) {
			it.seq = Value{}
			return Value{}, nil
		}
		return Value{}, err
	}
	it.index++
	return r, nil
}

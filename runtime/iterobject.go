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

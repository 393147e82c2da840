// This file defines the fused form of `for k, v in d.items()`, `for i, x in
// enumerate(xs)` and `for x, y in zip(xs, ys)`: when the instruction that
// consumes FOR_ITER's item is an UNPACK_SEQUENCE of exactly two, the
// iterator's two values go straight into the unpack targets and no tuple is
// built. CPython gets the same effect by reusing the result tuple when its
// reference count says nobody else holds it; Krait has no counts, so it
// looks at the consumer instead.

package runtime

import op "krait/compiler"

// The outcomes of forIterPair.
const (
	pairNotFused  = iota // no fusion here: run the generic FOR_ITER
	pairStored           // the two values are in the unpack targets
	pairExhausted        // the iterator is exhausted
)

// forIterPair runs the FOR_ITER (loop false) or FOR_LOOP (loop true) whose
// jump word is at pc, whose item register is a and whose iterator is it (a
// dict_itemiterator, enumerate or zip), when its item is unpacked into two
// registers at once. It returns the pc after the UNPACK_SEQUENCE with
// pairStored, or pairNotFused without having touched the iterator.
//
//go:noinline
func forIterPair(instrs []uint32, regs []Value, pc int, loop bool, a int, it Value) (int, int, *Exception) {
	cont := pc + jumpLen(instrs, pc)
	if loop {
		cont = loopTarget(instrs, pc)
	}
	if cont >= len(instrs) {
		return 0, pairNotFused, nil
	}
	w := instrs[cont]
	if op.Opcode(w) != op.UNPACK_SEQUENCE || int(w>>16)&0xff != a || w>>24 != 2 {
		return 0, pairNotFused, nil
	}
	dst := int(w>>8) & 0xff
	var x, y Value
	switch it.Type() {
	case DictItemIterType:
		e, err := ptrOf[dictIter](it).advance()
		if e == nil {
			return 0, pairExhausted, err
		}
		x, y = e.key, e.value
	case EnumerateType:
		var err *Exception
		if x, y, err = ptrOf[enumerateObj](it).next(); y.IsNull() {
			return 0, pairExhausted, err
		}
	default:
		z := ptrOf[zipObj](it)
		if len(z.its) != 2 {
			return 0, pairNotFused, nil
		}
		var buf [2]Value
		if ok, err := z.fill(buf[:]); !ok {
			return 0, pairExhausted, err
		}
		x, y = buf[0], buf[1]
	}
	regs[dst], regs[dst+1] = x, y
	return cont + 1, pairStored, nil
}

// loopTarget is jumpTarget without its thread switch (the caller polls the
// eval breaker itself).
func loopTarget(instrs []uint32, pc int) int {
	if w := instrs[pc]; op.Opcode(w) == op.JUMP {
		return int(w >> 16)
	}
	return int(op.Decode(instrs, pc).B)
}

// next returns enumerate's next count and item; the item is null at the end.
func (e *enumerateObj) next() (Value, Value, *Exception) {
	x, err := Next(e.it)
	if err != nil || x.IsNull() {
		return Value{}, Value{}, err
	}
	i := e.n
	if i.IsSmallInt() && i.SmallInt() < maxSmallCount {
		e.n = Int(i.SmallInt() + 1)
		return i, x, nil
	}
	e.n, err = int_add(i, Int(1))
	return i, x, err
}

// maxSmallCount bounds the counts enumerate adds without overflow checks.
const maxSmallCount = 1 << 62

// dictIterKeyOrValue is FOR_ITER's step of a dict key or value iterator,
// without the generic Next's indirect call.
func dictIterKeyOrValue(it Value) (Value, *Exception) {
	di := ptrOf[dictIter](it)
	e, err := di.advance()
	switch {
	case e == nil:
		return Value{}, err
	case di.kind == dictIterKeys:
		return e.key, nil
	}
	return e.value, nil
}

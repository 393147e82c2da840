// This file defines equality and hashing of code objects (CPython's
// code_richcompare and code_hash): two compilations of the same source
// compare equal, so codeop can check compile_command's result.

package runtime

import (
	op "krait/compiler"
	"math"
	"slices"
)

func code_richcompare(v, w Value, op CompareOp) (Value, *Exception) {
	if (op != Eq && op != Ne) || w.Type() != CodeType {
		return NotImplemented, nil
	}
	eq, err := codeEqual(ptrOf[Code](v), ptrOf[Code](w))
	if err != nil {
		return Value{}, err
	}
	return Bool(eq == (op == Eq)), nil
}

// codeEqual compares what CPython does: names, counts, flags, first line,
// the compiled instructions (not their quickened forms), constants by
// their constant key, names, locals, line and exception tables.
func codeEqual(a, b *Code) (bool, *Exception) {
	if a == b {
		return true, nil
	}
	a.load() // lazy14_code.go
	b.load()
	ca, cb := a.c, b.c
	if a.name.S != b.name.S || a.argcount != b.argcount || ca.PosOnlyArgCount != cb.PosOnlyArgCount ||
		a.c.KwOnlyArgCount != b.c.KwOnlyArgCount || a.flags != b.flags || ca.FirstLineNo != cb.FirstLineNo ||
		!compiledEqual(ca.Instrs, cb.Instrs) || !slices.Equal(ca.LineTable, cb.LineTable) ||
		!slices.Equal(ca.ExcTable, cb.ExcTable) || !strsEqual(a.names, b.names) ||
		!strsEqual(a.varnames, b.varnames) || !strsEqual(a.cellvars, b.cellvars) || a.ncells != b.ncells ||
		len(a.consts) != len(b.consts) {
		return false, nil
	}
	for i := range a.consts {
		if eq, err := constKeyEqual(a.consts[i], b.consts[i]); err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func strsEqual(a, b []*Str) bool {
	return slices.EqualFunc(a, b, func(x, y *Str) bool { return x.S == y.S })
}

// constKeyEqual is equality of _PyCode_ConstantKey: the types must be the
// same, floats and complexes compare by their bits (0.0 is not -0.0), and
// tuples and frozensets compare item by item in the same way.
func constKeyEqual(x, y Value) (bool, *Exception) {
	if x.Type() != y.Type() {
		return false, nil
	}
	switch x.Type() {
	case FloatType:
		return math.Float64bits(x.AsFloat()) == math.Float64bits(y.AsFloat()), nil
	case ComplexType:
		cx, cy := ptrOf[Complex](x), ptrOf[Complex](y)
		return math.Float64bits(cx.re) == math.Float64bits(cy.re) && math.Float64bits(cx.im) == math.Float64bits(cy.im), nil
	case TupleType:
		tx, ty := x.AsTuple().items, y.AsTuple().items
		if len(tx) != len(ty) {
			return false, nil
		}
		for i := range tx {
			if eq, err := constKeyEqual(tx[i], ty[i]); err != nil || !eq {
				return false, err
			}
		}
		return true, nil
	}
	return RichCompareBool(x, y, Eq)
}

// code_hash mixes the fields codeEqual compares that are cheap to hash;
// equal code objects get equal hashes.
func code_hash(v Value) (int64, *Exception) {
	co := ptrOf[Code](v)
	h := uint64(14695981039346656037)
	mix := func(x uint64) { h = (h ^ x) * 1099511628211 }
	for i := 0; i < len(co.name.S); i++ {
		mix(uint64(co.name.S[i]))
	}
	mix(uint64(co.argcount))
	mix(uint64(co.c.KwOnlyArgCount))
	mix(uint64(co.flags))
	mix(uint64(co.c.FirstLineNo))
	co.load() // lazy14_code.go
	ct := compiledTrace(co.c.Instrs)
	for i := range co.c.Instrs {
		mix(uint64(compiledWord(co.c.Instrs, ct, i)))
	}
	return fixHash(int64(h >> 1)), nil
}

// compiledTrace returns the trace table of instrs if tracing instrumented
// them in place (a code object shares its compiler's array until it is
// quickened), or nil.
func compiledTrace(instrs []uint32) *codeTrace {
	if len(instrs) == 0 {
		return nil
	}
	return traceTableOf(instrs)
}

// compiledWord returns word i of instrs as compiled: through tracing's
// instrumentation, and with a quickened opcode (which tracing may leave
// behind in the shared array) in its generic form, so that hash and
// equality do not change while a code object runs.
func compiledWord(instrs []uint32, ct *codeTrace, i int) uint32 {
	w := instrs[i]
	o := op.Opcode(w)
	if ct != nil && ct.marked[i] {
		o = ct.ops[i]
	}
	return w&^0xff | uint32(op.Generic(o))
}

// compiledEqual compares two instruction arrays as compiled.
func compiledEqual(a, b []uint32) bool {
	if len(a) != len(b) {
		return false
	}
	ca, cb := compiledTrace(a), compiledTrace(b)
	for i := range a {
		if compiledWord(a, ca, i) != compiledWord(b, cb, i) {
			return false
		}
	}
	return true
}

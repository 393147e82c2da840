// This file defines code.replace(co_consts=...) for a code object whose
// co_consts shows CPython's constants (its view): the new tuple is given in
// the view's order, so each changed item is carried over to the Krait
// constants equal to the one it replaces.

package runtime

import "math"

// replaceViewConsts applies items, a new co_consts in cv's order, to nc's
// own constants and gives nc a view showing items.
func (nc *Code) replaceViewConsts(cv *codeView, items []Value) *Exception {
	if len(items) != len(cv.consts) {
		return NewValueError("code.replace(): Krait cannot change the number of co_consts")
	}
	consts := append([]Value(nil), nc.consts...)
	for i, old := range cv.consts {
		if items[i].Is(old) {
			continue
		}
		found := false
		for j, k := range nc.consts {
			same, err := sameConst(k, old)
			if err != nil {
				return err
			}
			if same {
				consts[j], found = items[i], true
			}
		}
		if !found {
			return NewValueError("code.replace(): Krait cannot change co_consts[%d]", i)
		}
	}
	nc.consts = consts
	nv := &codeView{cpy: cv.cpy, consts: append([]Value(nil), items...), names: cv.names, pos: cv.pos}
	nc.storeView(nv)
	return nil
}

// sameConst reports whether Krait constant k stands for view constant v:
// the same object, or equal values of one type (floats also by sign, so
// that 0.0 and -0.0 stay apart).
func sameConst(k, v Value) (bool, *Exception) {
	if k.Is(v) {
		return true, nil
	}
	if k.Type() != v.Type() || k.Type() == CodeType {
		return false, nil
	}
	if k.IsFloat() {
		f, g := k.AsFloat(), v.AsFloat()
		return f == g && math.Signbit(f) == math.Signbit(g), nil
	}
	if _, ok := k.TryTuple(); ok {
		return false, nil
	}
	return RichCompareBool(k, v, Eq)
}

// This file allocates the *args tuple and the **kwargs dict of a planned
// call such as collect(i, i, x=1, y=2) to def collect(*args, **kwargs) in
// one Go object: one allocation (and one object for the collector to
// track) instead of two. Neither is observable as shared: a tuple and a
// dict take no weak references or finalizers, and either keeps the block
// alive only as long as it is itself reachable, like any interior pointer.

package runtime

// tupleBlock is the pointer type of tuple1..tuple4 (specialize_tuple.go).
type tupleBlock[T any] interface {
	*T
	fill(items []Value) *Tuple
}

// kwBlock is the pointer type of kwDict1..kwDict4 (perfcall_kwdict.go).
type kwBlock[K any] interface {
	*K
	cloneFrom(tmpl *Dict) *Dict
}

// argsKw is one block holding both.
type argsKw[T, K any] struct {
	t T
	k K
}

// newArgsKw returns a tuple of items and a clone of the **kwargs template
// tmpl (perf12c_kwtemplate.go), in one allocation.
func newArgsKw[T any, PT tupleBlock[T], K any, PK kwBlock[K]](items []Value, tmpl *Dict) (*Tuple, *Dict) {
	b := &argsKw[T, K]{}
	return PT(&b.t).fill(items), PK(&b.k).cloneFrom(tmpl)
}

// argsKwAllocs[i][j] is newArgsKw for i+1 items and j+1 keywords.
var argsKwAllocs = [4][4]func([]Value, *Dict) (*Tuple, *Dict){
	{newArgsKw[tuple1, *tuple1, kwDict1, *kwDict1], newArgsKw[tuple1, *tuple1, kwDict2, *kwDict2],
		newArgsKw[tuple1, *tuple1, kwDict3, *kwDict3], newArgsKw[tuple1, *tuple1, kwDict4, *kwDict4]},
	{newArgsKw[tuple2, *tuple2, kwDict1, *kwDict1], newArgsKw[tuple2, *tuple2, kwDict2, *kwDict2],
		newArgsKw[tuple2, *tuple2, kwDict3, *kwDict3], newArgsKw[tuple2, *tuple2, kwDict4, *kwDict4]},
	{newArgsKw[tuple3, *tuple3, kwDict1, *kwDict1], newArgsKw[tuple3, *tuple3, kwDict2, *kwDict2],
		newArgsKw[tuple3, *tuple3, kwDict3, *kwDict3], newArgsKw[tuple3, *tuple3, kwDict4, *kwDict4]},
	{newArgsKw[tuple4, *tuple4, kwDict1, *kwDict1], newArgsKw[tuple4, *tuple4, kwDict2, *kwDict2],
		newArgsKw[tuple4, *tuple4, kwDict3, *kwDict3], newArgsKw[tuple4, *tuple4, kwDict4, *kwDict4]},
}

// bindArgsKw makes the *args tuple of pos and the **kwargs dict of the
// plan's template together when both fit the blocks above; ok is false
// when bindPositional must make them apart.
func (p *callPlan) bindArgsKw(extra []Value, kwnames []*Str, regs []Value) (kwd *Dict, ok bool) {
	if len(extra) == 0 || len(extra) > 4 {
		return nil, false
	}
	tmpl := p.kwTemplate(kwnames)
	if tmpl == nil {
		return nil, false
	}
	t, d := argsKwAllocs[len(extra)-1][len(tmpl.entries)-1](extra, tmpl)
	regs[p.varargs], regs[p.varkw] = ValueOf(t), d.Value()
	return d, true
}

func (o *tuple1) fill(items []Value) *Tuple { copy(o.arr[:], items); return o.Tuple.adopt(o.arr[:]) }
func (o *tuple2) fill(items []Value) *Tuple { copy(o.arr[:], items); return o.Tuple.adopt(o.arr[:]) }
func (o *tuple3) fill(items []Value) *Tuple { copy(o.arr[:], items); return o.Tuple.adopt(o.arr[:]) }
func (o *tuple4) fill(items []Value) *Tuple { copy(o.arr[:], items); return o.Tuple.adopt(o.arr[:]) }

// adopt makes t an exact tuple of items.
func (t *Tuple) adopt(items []Value) *Tuple {
	t.typ, t.items = TupleType, items
	return t
}

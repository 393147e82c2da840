// This file defines one-allocation small lists: a new list of up to
// listInlineMax items made by a slice or a concatenation gets its items
// array in the same allocation as the List (the list then costs the same
// bytes and one allocation instead of two). Growing such a list moves its
// items to an ordinary array, as any list growth does.

package runtime

import (
	"unsafe"

	op "krait/compiler"
)

// listInlineMax is the largest list allocated with its items inline.
const listInlineMax = 16

// listInline is a List followed by its items array A ([n]Value).
type listInline[A any] struct {
	List
	arr A
}

// newListInline returns a list of n null items in one allocation of type
// listInline[A], where A is [n]Value.
func newListInline[A any](n int) *List {
	o := &listInline[A]{List: List{Header: Header{ListType}}}
	o.items = unsafe.Slice((*Value)(unsafe.Pointer(&o.arr)), n)
	return &o.List
}

// listInlineMakers[n] makes a list of n items inline.
var listInlineMakers = [listInlineMax + 1]func(int) *List{
	nil,
	newListInline[[1]Value], newListInline[[2]Value], newListInline[[3]Value],
	newListInline[[4]Value], newListInline[[5]Value], newListInline[[6]Value],
	newListInline[[7]Value], newListInline[[8]Value], newListInline[[9]Value],
	newListInline[[10]Value], newListInline[[11]Value], newListInline[[12]Value],
	newListInline[[13]Value], newListInline[[14]Value], newListInline[[15]Value],
	newListInline[[16]Value],
}

// newListLen returns a new exact list of n null items, for the caller to fill
// before the list is published.
func newListLen(n int) *List {
	if n > 0 && n <= listInlineMax {
		return listInlineMakers[n](n)
	}
	return &List{Header: Header{ListType}, items: make([]Value, n)}
}

// listGrowBig is the length from which a full list grows by half rather
// than by the quarter Go's append adds: CPython's realloc often extends a
// big block in place, but each Go growth copies the whole array (with write
// barriers while the collector marks) and leaves the old one as garbage, so
// fewer, larger steps cost less (appending 2,000,000 items: 0.22 s -> 0.13 s).
const listGrowBig = 1024

// listAppend is append(items, v) for list.append and LIST_APPEND, except
// that a full window of fewer than four items grows to four at once, as
// CPython's list_resize does: Go's append would grow an empty list through
// one, two and four items (three allocations for a list of three).
func listAppend(items []Value, v Value) []Value {
	if len(items) < cap(items) {
		return append(items, v)
	}
	return listGrowAppend(items, v)
}

// listGrowAppend is listAppend for a full items array (kept out of line so
// that listAppend inlines).
//
//go:noinline
func listGrowAppend(items []Value, v Value) []Value {
	n := len(items)
	if n < 4 {
		grown := make([]Value, n+1, 4)
		copy(grown, items)
		grown[n] = v
		return grown
	}
	if n >= listGrowBig {
		grown := append(items, make([]Value, n/2)...)[:n+1]
		grown[n] = v
		return grown
	}
	return append(items, v)
}

// buildList is BUILD_LIST: a new list of a copy of items, allocated with
// its items inline when short (one allocation instead of two).
func buildList(items []Value) Value {
	l := newListLen(len(items))
	copyFew(l.items, items)
	return ValueOf(l)
}

// listConcatExact is ADD on two exact lists, without the binary-operator
// dispatch: one allocation for the result.
func listConcatExact(x, y *List) Value {
	nl := newListLen(len(x.items) + len(y.items))
	copyFew(nl.items[copyFew(nl.items, x.items):], y.items)
	return ValueOf(nl)
}

// fuseBuildListAdd runs BUILD_LIST a, b, n together with the ADD that
// follows it when that ADD takes the new list, held in a temporary, as one
// operand and an exact list as the other (`[x] + rest`, `rest + [x]`): the
// sum is made in one allocation and the short list never exists. A
// temporary that an instruction consumes is dead afterwards (the compiler
// allocates them per expression), so nothing can observe the difference;
// the caller then skips the ADD. It reports whether it did so.
func fuseBuildListAdd(code *Code, regs []Value, next uint32, a, b, n int) bool {
	d, other, left, ok := fusedAddOperand(code, regs, next, a)
	if !ok {
		return false
	}
	storeFusedAdd(regs, a, d, regs[b:b+n], other, left)
	return true
}

// fusedAddOperand checks that next is an ADD taking the temporary a as
// one operand and an exact list as the other, and returns the ADD's
// destination, that list's items and whether a is the left operand.
func fusedAddOperand(code *Code, regs []Value, next uint32, a int) (d int, other []Value, left, ok bool) {
	if op.Opcode(next) != op.ADD {
		return 0, nil, false, false
	}
	if c := code.c; a < len(c.Varnames)+len(c.Cellvars)+len(c.Freevars) {
		return 0, nil, false, false // a named variable: its list lives on
	}
	d, x, y := int(next>>8)&0xff, int(next>>16)&0xff, int(next>>24)
	left = x == a
	if left == (y == a) {
		return 0, nil, false, false
	}
	o := regs[x]
	if left {
		o = regs[y]
	}
	if o.IsNull() || o.Type() != ListType {
		return 0, nil, false, false
	}
	return d, ptrOf[List](o).items, left, true
}

// storeFusedAdd stores part + other (other + part when !left) in regs[d]
// as one new list and clears the consumed temporary a.
func storeFusedAdd(regs []Value, a, d int, part, other []Value, left bool) {
	nl := newListLen(len(part) + len(other))
	if left {
		copyFew(nl.items[copyFew(nl.items, part):], other)
	} else {
		copyFew(nl.items[copyFew(nl.items, other):], part)
	}
	regs[a] = Value{}
	regs[d] = ValueOf(nl)
}

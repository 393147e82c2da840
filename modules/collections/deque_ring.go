// This file defines the storage of collections.deque: a growable ring
// buffer, so that appends and pops at both ends are O(1) amortized, with the
// state counter that iterators and searches use to detect mutation.

package collections

import "krait/runtime"

// dequeMinCap is the capacity of the first buffer a deque allocates.
const dequeMinCap = 8

// Deque is the object of collections.deque and its subclasses. Item i (from
// the left) lives in buf[(head+i)&(len(buf)-1)]; len(buf) is 0 or a power of
// two. Unused slots hold the null Value so the collector can free items.
type Deque struct {
	runtime.Header
	buf    []runtime.Value
	head   int
	n      int
	maxlen int // -1 when unbounded
	// state changes whenever items move (appends, pops, rotations,
	// clears), as CPython's deque->state: iterators and the searching
	// methods compare it to notice a mutation made behind their back.
	state uint64
	attrs *runtime.Attrs // instance attributes of Python subclass instances
}

// at returns item i, 0 <= i < d.n.
func (d *Deque) at(i int) runtime.Value { return d.buf[(d.head+i)&(len(d.buf)-1)] }

// set replaces item i, 0 <= i < d.n.
func (d *Deque) set(i int, v runtime.Value) { d.buf[(d.head+i)&(len(d.buf)-1)] = v }

// grow makes room for at least one more item.
func (d *Deque) grow() {
	if d.n < len(d.buf) {
		return
	}
	d.resize(max(dequeMinCap, 2*len(d.buf)))
}

// resize moves the items into a buffer of capacity c (a power of two >= n).
func (d *Deque) resize(c int) {
	nb := make([]runtime.Value, c)
	if d.n > 0 {
		first := min(d.n, len(d.buf)-d.head)
		copy(nb, d.buf[d.head:d.head+first])
		copy(nb[first:], d.buf[:d.n-first])
	}
	d.buf, d.head = nb, 0
}

// maybeShrink returns memory after many pops, keeping a quarter free.
func (d *Deque) maybeShrink() {
	if len(d.buf) > 64 && d.n < len(d.buf)/4 {
		d.resize(len(d.buf) / 2)
	}
}

// pushRight appends v at the right end, then trims the left end when the
// deque is over maxlen (deque_append_internal).
func (d *Deque) pushRight(v runtime.Value) {
	d.grow()
	d.buf[(d.head+d.n)&(len(d.buf)-1)] = v
	d.n++
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popLeft()
		return
	}
	d.state++
}

// pushLeft appends v at the left end, then trims the right end when the
// deque is over maxlen (deque_appendleft_internal).
func (d *Deque) pushLeft(v runtime.Value) {
	d.grow()
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = v
	d.n++
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popRight()
		return
	}
	d.state++
}

// popRight removes and returns the rightmost item; d must not be empty.
func (d *Deque) popRight() runtime.Value {
	d.n--
	i := (d.head + d.n) & (len(d.buf) - 1)
	v := d.buf[i]
	d.buf[i] = runtime.Value{}
	d.state++
	d.maybeShrink()
	return v
}

// popLeft removes and returns the leftmost item; d must not be empty.
func (d *Deque) popLeft() runtime.Value {
	v := d.buf[d.head]
	d.buf[d.head] = runtime.Value{}
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	d.state++
	d.maybeShrink()
	return v
}

// clear empties d (deque_clear): the old buffer is dropped before anything
// else can run.
func (d *Deque) clear() {
	if d.n == 0 {
		return
	}
	d.buf, d.head, d.n = nil, 0, 0
	d.state++
}

// rotate moves the items k steps to the right (left for negative k), as
// _deque_rotate: a deque of two or more items counts as mutated even when
// the normalized step is 0.
func (d *Deque) rotate(k int64) {
	n := int64(d.n)
	if n <= 1 {
		return
	}
	half := n >> 1
	if k > half || k < -half {
		k %= n
		if k > half {
			k -= n
		} else if k < -half {
			k += n
		}
	}
	d.state++
	mask := len(d.buf) - 1
	// Each step clears the source slot before writing the destination:
	// in a full buffer the two are the same slot.
	for ; k > 0; k-- { // move the rightmost item to the left end
		last := (d.head + d.n - 1) & mask
		v := d.buf[last]
		d.buf[last] = runtime.Value{}
		d.head = (d.head - 1) & mask
		d.buf[d.head] = v
	}
	for ; k < 0; k++ { // move the leftmost item to the right end
		end := (d.head + d.n) & mask
		v := d.buf[d.head]
		d.buf[d.head] = runtime.Value{}
		d.buf[end] = v
		d.head = (d.head + 1) & mask
	}
}

// delAt removes item i, 0 <= i < d.n, moving the shorter side.
func (d *Deque) delAt(i int) {
	mask := len(d.buf) - 1
	if i < d.n/2 {
		for j := i; j > 0; j-- {
			d.buf[(d.head+j)&mask] = d.buf[(d.head+j-1)&mask]
		}
		d.buf[d.head] = runtime.Value{}
		d.head = (d.head + 1) & mask
	} else {
		for j := i; j < d.n-1; j++ {
			d.buf[(d.head+j)&mask] = d.buf[(d.head+j+1)&mask]
		}
		d.buf[(d.head+d.n-1)&mask] = runtime.Value{}
	}
	d.n--
	d.state++
	d.maybeShrink()
}

// insertAt puts v before item i, 0 < i < d.n; d is below its maxlen.
func (d *Deque) insertAt(i int, v runtime.Value) {
	d.grow()
	mask := len(d.buf) - 1
	if i < d.n/2 {
		d.head = (d.head - 1) & mask
		for j := 0; j < i; j++ {
			d.buf[(d.head+j)&mask] = d.buf[(d.head+j+1)&mask]
		}
	} else {
		for j := d.n; j > i; j-- {
			d.buf[(d.head+j)&mask] = d.buf[(d.head+j-1)&mask]
		}
	}
	d.buf[(d.head+i)&mask] = v
	d.n++
	d.state++
}

// reverse reverses the items in place; like CPython it does not count as
// a mutation for iterators.
func (d *Deque) reverse() {
	for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
		a, b := d.at(i), d.at(j)
		d.set(i, b)
		d.set(j, a)
	}
}

// items returns a copy of the items, left to right.
func (d *Deque) items() []runtime.Value {
	out := make([]runtime.Value, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

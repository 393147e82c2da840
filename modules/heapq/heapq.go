// Package heapq implements _heapq, the native heap queue algorithm on
// lists: the min-heap operations and the max-heap helpers heapq.py uses
// for nlargest and merge. Sifting swaps items the way CPython's C code
// does and re-reads the list after every comparison, since a comparison
// may run Python code that mutates the heap.
package heapq

import "krait/runtime"

// Module is the _heapq module definition.
var Module = &runtime.ModuleDef{
	Name: "_heapq",
	Doc:  heapqDoc,
	Methods: []runtime.Method{
		{Name: "heappush", Sig: "heap, item, /", Fn: heapq_heappush, Doc: "Push item onto heap, maintaining the heap invariant."},
		{Name: "heappop", Flags: runtime.MethO, Fn: heapq_heappop, Doc: "Pop the smallest item off the heap, maintaining the heap invariant."},
		{Name: "heapreplace", Sig: "heap, item, /", Fn: heapq_heapreplace, Doc: "Pop and return the current smallest value, and add the new item."},
		{Name: "heappushpop", Sig: "heap, item, /", Fn: heapq_heappushpop, Doc: "Push item on the heap, then pop and return the smallest item from the heap."},
		{Name: "heapify", Flags: runtime.MethO, Fn: heapq_heapify, Doc: "Transform list into a heap, in-place, in O(len(heap)) time."},
		{Name: "_heappop_max", Flags: runtime.MethO, Fn: heapq__heappop_max, Doc: "Maxheap variant of heappop."},
		{Name: "_heapreplace_max", Sig: "heap, item, /", Fn: heapq__heapreplace_max, Doc: "Maxheap variant of heapreplace."},
		{Name: "_heapify_max", Flags: runtime.MethO, Fn: heapq__heapify_max, Doc: "Maxheap variant of heapify."},
	},
}

const heapqDoc = "Heap queue (priority queue) operations on lists.\n\n" +
	"A heap is a list where a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for every k,\n" +
	"so a[0] is the smallest item. heappush and heappop keep that invariant;\n" +
	"heapify establishes it in linear time."

// heapArg returns the list argument, or the TypeError of Argument Clinic's
// list converter; only says "argument" for a one-parameter function.
func heapArg(v runtime.Value, fname string, only bool) (*runtime.List, *runtime.Exception) {
	l, ok := v.TryList()
	if ok {
		return l, nil
	}
	which := "argument 1"
	if only {
		which = "argument"
	}
	return nil, runtime.NewTypeError("%s() %s must be list, not %s", fname, which, v.Type().Name)
}

func errIndex() *runtime.Exception { return runtime.NewIndexError("index out of range") }

func errChanged() *runtime.Exception {
	return runtime.NewRuntimeError("list changed size during iteration")
}

// less compares a < b for a min-heap, b < a for a max-heap.
func less(a, b runtime.Value, isMax bool) (bool, *runtime.Exception) {
	if isMax {
		a, b = b, a
	}
	return lessValue(a, b) // aloop16_fastless.go
}

// siftdown moves the item at pos up towards startpos while it is smaller
// than its parent.
func siftdown(heap *runtime.List, startpos, pos int, isMax bool) *runtime.Exception {
	ref := heap.ItemsRef()
	size := len(*ref)
	if pos >= size {
		return errIndex()
	}
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		lt, err := less((*ref)[pos], (*ref)[parentpos], isMax)
		if err != nil {
			return err
		}
		if size != len(*ref) {
			return errChanged()
		}
		if !lt {
			break
		}
		arr := *ref
		arr[parentpos], arr[pos] = arr[pos], arr[parentpos]
		pos = parentpos
	}
	return nil
}

// siftup moves the smaller child up from pos until reaching a leaf, then
// sifts the item that was at pos back down into place.
func siftup(heap *runtime.List, pos int, isMax bool) *runtime.Exception {
	ref := heap.ItemsRef()
	endpos := len(*ref)
	startpos := pos
	if pos >= endpos {
		return errIndex()
	}
	limit := endpos >> 1
	for pos < limit {
		childpos := 2*pos + 1
		if childpos+1 < endpos {
			lt, err := less((*ref)[childpos], (*ref)[childpos+1], isMax)
			if err != nil {
				return err
			}
			if !lt {
				childpos++
			}
			if endpos != len(*ref) {
				return errChanged()
			}
		}
		arr := *ref
		arr[childpos], arr[pos] = arr[pos], arr[childpos]
		pos = childpos
	}
	return siftdown(heap, startpos, pos, isMax)
}

func heapq_heappush(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	heap, err := heapArg(a[0], "heappush", false)
	if err != nil {
		return runtime.Value{}, err
	}
	heap.Append(a[1])
	if err := siftdown(heap, 0, len(heap.Items())-1, false); err != nil {
		return runtime.Value{}, err
	}
	return runtime.None, nil
}

func heappop(v runtime.Value, fname string, isMax bool) (runtime.Value, *runtime.Exception) {
	heap, err := heapArg(v, fname, true)
	if err != nil {
		return runtime.Value{}, err
	}
	ref := heap.ItemsRef()
	n := len(*ref)
	if n == 0 {
		return runtime.Value{}, errIndex()
	}
	last := (*ref)[n-1]
	(*ref)[n-1] = runtime.Value{}
	*ref = (*ref)[:n-1]
	if n == 1 {
		return last, nil
	}
	top := (*ref)[0]
	(*ref)[0] = last
	if err := siftup(heap, 0, isMax); err != nil {
		return runtime.Value{}, err
	}
	return top, nil
}

func heapq_heappop(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return heappop(a[0], "heappop", false)
}

func heapq__heappop_max(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return heappop(a[0], "_heappop_max", true)
}

func heapreplace(v, item runtime.Value, fname string, isMax bool) (runtime.Value, *runtime.Exception) {
	heap, err := heapArg(v, fname, false)
	if err != nil {
		return runtime.Value{}, err
	}
	ref := heap.ItemsRef()
	if len(*ref) == 0 {
		return runtime.Value{}, errIndex()
	}
	top := (*ref)[0]
	(*ref)[0] = item
	if err := siftup(heap, 0, isMax); err != nil {
		return runtime.Value{}, err
	}
	return top, nil
}

func heapq_heapreplace(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return heapreplace(a[0], a[1], "heapreplace", false)
}

func heapq__heapreplace_max(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return heapreplace(a[0], a[1], "_heapreplace_max", true)
}

func heapq_heappushpop(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	heap, err := heapArg(a[0], "heappushpop", false)
	if err != nil {
		return runtime.Value{}, err
	}
	item := a[1]
	ref := heap.ItemsRef()
	if len(*ref) == 0 {
		return item, nil
	}
	lt, err := lessValue((*ref)[0], item)
	if err != nil {
		return runtime.Value{}, err
	}
	if !lt {
		return item, nil
	}
	if len(*ref) == 0 {
		return runtime.Value{}, errIndex()
	}
	top := (*ref)[0]
	(*ref)[0] = item
	if err := siftup(heap, 0, false); err != nil {
		return runtime.Value{}, err
	}
	return top, nil
}

// heapify sifts every node with children, bottom-up. CPython switches to
// a cache-friendly order above 2500 items; that order makes the same
// comparisons and the same heap, so one order serves both.
func heapify(v runtime.Value, fname string, isMax bool) (runtime.Value, *runtime.Exception) {
	heap, err := heapArg(v, fname, true)
	if err != nil {
		return runtime.Value{}, err
	}
	n := len(heap.Items())
	for i := n>>1 - 1; i >= 0; i-- {
		if err := siftup(heap, i, isMax); err != nil {
			return runtime.Value{}, err
		}
	}
	return runtime.None, nil
}

func heapq_heapify(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return heapify(a[0], "heapify", false)
}

func heapq__heapify_max(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return heapify(a[0], "_heapify_max", true)
}

// This file defines the combinatoric iterators permutations, combinations
// and combinations_with_replacement, which walk index vectors over a pool
// (the input read into a tuple) in lexicographic order.

package itertools

import "krait/runtime"

var (
	permutationsType *runtime.Type
	combinationsType *runtime.Type
	cwrType          *runtime.Type
)

// combObject is the state of the three: the pool, the index vector, the
// cycles of permutations, and the items of the last tuple produced (nil
// before the first).
type combObject struct {
	iterBase
	pool    []runtime.Value
	r       int
	indices []int
	cycles  []int
	result  []runtime.Value
	stopped bool
	slab    tupleSlab
}

var (
	permutationsArgs = runtime.Method{Name: "permutations", Sig: "iterable, r="}
	combinationsArgs = runtime.Method{Name: "combinations", Sig: "iterable, r"}
	cwrArgs          = runtime.Method{Name: "combinations_with_replacement", Sig: "iterable, r"}
)

func initCombinatorics() {
	permutationsType = newIterType("permutations",
		"permutations(iterable, r=None)\n\nThe r-length orderings of the items of iterable (all of them without r),\nas tuples in lexicographic order of positions.",
		false, nil, permutations_new, permutations_next, nil)
	combinationsType = newIterType("combinations",
		"combinations(iterable, r)\n\nThe r-length subsequences of the items of iterable, as tuples in\nlexicographic order of positions.",
		false, nil, combinations_new, combinations_next, nil)
	cwrType = newIterType("combinations_with_replacement",
		"combinations_with_replacement(iterable, r)\n\nThe r-length subsequences of the items of iterable in which an item may\nrepeat, as tuples in lexicographic order of positions.",
		false, nil, cwr_new, cwr_next, nil)
}

// emit returns the current result as a new tuple.
func (c *combObject) emit() runtime.Value {
	return c.slab.tupleOfItems(c.result)
}

// stop marks the iterator exhausted.
func (c *combObject) stop() (runtime.Value, *runtime.Exception) {
	c.stopped = true
	return runtime.Value{}, nil
}

// combArgs binds (iterable, r) with r converted as a Py_ssize_t argument
// before the iterable is read, then reads the pool and checks r.
func combArgs(m *runtime.Method, t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (*combObject, *runtime.Exception) {
	a, err := m.BindClinic(args, kw, m.Name)
	if err != nil {
		return nil, err
	}
	r, err := runtime.IndexInt64(a[1], "")
	if err != nil {
		return nil, err
	}
	pool, err := tupleOf(a[0])
	if err != nil {
		return nil, err
	}
	if r < 0 {
		return nil, runtime.NewValueError("r must be non-negative")
	}
	return &combObject{iterBase: newBase(t), pool: pool, r: int(r)}, nil
}

func combinations_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	c, err := combArgs(&combinationsArgs, t, args, kw)
	if err != nil {
		return runtime.Value{}, err
	}
	c.stopped = c.r > len(c.pool)
	if !c.stopped { // a stopped one never uses its indices
		c.indices = make([]int, c.r)
		for i := range c.indices {
			c.indices[i] = i
		}
	}
	return runtime.ValueOf(c), nil
}

func combinations_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[combObject](v)
	if c.stopped {
		return runtime.Value{}, nil
	}
	n, r := len(c.pool), c.r
	if c.result == nil {
		c.result = make([]runtime.Value, r)
		for i, j := range c.indices {
			c.result[i] = c.pool[j]
		}
		return c.emit(), nil
	}
	// The rightmost index not at its maximum (i+n-r) moves up one; the
	// ones after it follow it.
	i := r - 1
	for i >= 0 && c.indices[i] == i+n-r {
		i--
	}
	if i < 0 {
		return c.stop()
	}
	c.indices[i]++
	for j := i + 1; j < r; j++ {
		c.indices[j] = c.indices[j-1] + 1
	}
	for ; i < r; i++ {
		c.result[i] = c.pool[c.indices[i]]
	}
	return c.emit(), nil
}

func cwr_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	c, err := combArgs(&cwrArgs, t, args, kw)
	if err != nil {
		return runtime.Value{}, err
	}
	c.stopped = len(c.pool) == 0 && c.r > 0
	if !c.stopped {
		if c.r > maxAlloc {
			return runtime.Value{}, memoryError()
		}
		c.indices = make([]int, c.r)
	}
	return runtime.ValueOf(c), nil
}

func cwr_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[combObject](v)
	if c.stopped {
		return runtime.Value{}, nil
	}
	n, r := len(c.pool), c.r
	if c.result == nil {
		c.result = make([]runtime.Value, r)
		for i := range c.result {
			c.result[i] = c.pool[0]
		}
		return c.emit(), nil
	}
	// The rightmost index below n-1 moves up one; the ones after it
	// take its new value.
	i := r - 1
	for i >= 0 && c.indices[i] == n-1 {
		i--
	}
	if i < 0 {
		return c.stop()
	}
	index := c.indices[i] + 1
	for ; i < r; i++ {
		c.indices[i] = index
		c.result[i] = c.pool[index]
	}
	return c.emit(), nil
}

// permutations_new reads the pool first, then r, which must be None or an
// int (not merely an object with __index__).
func permutations_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := permutationsArgs.BindClinic(args, kw, "permutations")
	if err != nil {
		return runtime.Value{}, err
	}
	pool, err := tupleOf(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	n := len(pool)
	r := int64(n)
	if rv := a[1]; !rv.IsNull() && !rv.IsNone() {
		if !runtime.IsInstance(rv, runtime.IntType) {
			return runtime.Value{}, runtime.NewTypeError("Expected int as r")
		}
		if r, err = runtime.IndexInt64(rv, ""); err != nil {
			return runtime.Value{}, err
		}
	}
	if r < 0 {
		return runtime.Value{}, runtime.NewValueError("r must be non-negative")
	}
	c := &combObject{iterBase: newBase(t), pool: pool, r: int(r), stopped: r > int64(n)}
	if !c.stopped {
		c.indices = make([]int, n)
		for i := range c.indices {
			c.indices[i] = i
		}
		c.cycles = make([]int, c.r)
		for i := range c.cycles {
			c.cycles[i] = n - i
		}
	}
	return runtime.ValueOf(c), nil
}

func permutations_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	c := runtime.PtrOf[combObject](v)
	if c.stopped {
		return runtime.Value{}, nil
	}
	n, r := len(c.pool), c.r
	if c.result == nil {
		c.result = make([]runtime.Value, r)
		for i := range c.result {
			c.result[i] = c.pool[c.indices[i]]
		}
		return c.emit(), nil
	}
	if n == 0 {
		return c.stop()
	}
	// Decrement the rightmost cycle; at zero rotate indices[i:] left by
	// one and move on to the next cycle leftward, else swap and emit.
	for i := r - 1; i >= 0; i-- {
		c.cycles[i]--
		if c.cycles[i] == 0 {
			idx := c.indices[i]
			copy(c.indices[i:n-1], c.indices[i+1:n])
			c.indices[n-1] = idx
			c.cycles[i] = n - i
			continue
		}
		j := c.cycles[i]
		c.indices[i], c.indices[n-j] = c.indices[n-j], c.indices[i]
		for k := i; k < r; k++ {
			c.result[k] = c.pool[c.indices[k]]
		}
		return c.emit(), nil
	}
	return c.stop()
}

// This file defines list.sort's algorithm: CPython 3.11's timsort
// (Objects/listsort.txt) with the powersort merge policy, binary insertion
// for short runs and galloping merges, so that a sort makes the same
// comparisons, in the same order, as CPython: __lt__ methods with side
// effects, inconsistent orders and comparison counts all behave alike.

package runtime

const (
	minGallop       = 7
	maxMergePending = 85
)

// sortItem is one element being sorted and the key it sorts by.
type sortItem struct{ key, val Value }

// sortRun is a pending run: items[base:base+n], with its powersort power.
type sortRun struct{ base, n, power int }

type timsort struct {
	items     []sortItem
	tmp       []sortItem
	runs      []sortRun
	minGallop int
	err       *Exception
	kind      sortKeyKind // the keys' common comparison (list_sort_keys.go)
}

// sortScratch is a work array lent to one small sort at a time (sorting
// many short lists should not allocate per sort). A sort that starts while
// it is lent (a key function or __lt__ sorting) allocates its own; the GIL
// makes taking and returning it atomic.
var sortScratch = make([]sortItem, smallSort)

// smallSort is the longest list sorted in sortScratch.
const smallSort = 32

// sortValues sorts items in place (stable), with optional key and reverse.
func sortValues(items []Value, key, reverse Value) *Exception {
	err, _ := sortValuesKeyed(items, key, reverse)
	return err
}

// sortValuesKeyed is sortValues that also reports whether a key it made
// and dropped has a __del__ still due (list.sort runs it before returning,
// as CPython's release of the keys does: compat14_drop.go).
func sortValuesKeyed(items []Value, key, reverse Value) (*Exception, bool) {
	rev := false
	if !reverse.IsNull() {
		// reverse is an int (bool(accept={int})): through __index__.
		r, err := Index(reverse, "")
		if err != nil {
			return err, false
		}
		if rev, err = IsTrue(r); err != nil {
			return err, false
		}
	}
	n := len(items)
	var work []sortItem
	if n <= smallSort && sortScratch != nil {
		work, sortScratch = sortScratch[:n], nil
	} else {
		work = make([]sortItem, n)
	}
	err := sortWork(items, work, key, rev)
	keyDel := !key.IsNull() && !key.IsNone() && keysHaveDel(work)
	if keyDel || n <= smallSort && cap(work) == smallSort {
		clear(work) // keep nothing alive
	}
	if n <= smallSort && cap(work) == smallSort {
		sortScratch = work[:smallSort]
	}
	return err, keyDel
}

// sortWork sorts items through work, an array of the same length.
func sortWork(items []Value, work []sortItem, key Value, rev bool) *Exception {
	keyed := !key.IsNull() && !key.IsNone()
	for i, x := range items {
		if !keyed {
			work[i] = sortItem{key: x, val: x}
			continue
		}
		// One store of the pair after the call: each store of a Value
		// into work pays a write barrier while the GC marks.
		k, err := callKey(key, x) // perfcoll_call2.go
		if err != nil {
			work[i] = sortItem{key: x, val: x}
			return err
		}
		work[i] = sortItem{key: k, val: x}
	}
	// As CPython: reversing before and after keeps equal elements in
	// their original order.
	if rev {
		reverseItems(work)
	}
	err := timSort(work, scanSortKeys(work))
	if rev {
		reverseItems(work)
	}
	for i := range work {
		items[i] = work[i].val
	}
	return err
}

// lt is key a < key b. After an error it answers false without calling
// Python again, and the sort finishes as a permutation of its input.
func (s *timsort) lt(a, b Value) bool {
	if s.kind != keysMixed {
		return kindLt(s.kind, a, b)
	}
	if s.err != nil {
		return false
	}
	if r, ok := pureLt(a, b); ok {
		return r
	}
	if a.Type() == TupleType && b.Type() == TupleType {
		return s.tupleLt(ptrOf[Tuple](a).items, ptrOf[Tuple](b).items)
	}
	r, err := RichCompareBool(a, b, Lt)
	if err != nil {
		s.err = err
		return false
	}
	return r
}

// pureLt compares two keys of the same exact type among int, float and
// str, whose comparisons run no Python code and so can be done directly
// (CPython's list.sort picks such "unsafe" compares after a pre-scan).
func pureLt(a, b Value) (lt, ok bool) {
	switch {
	case a.IsSmallInt() && b.IsSmallInt():
		return a.SmallInt() < b.SmallInt(), true
	case a.IsFloat() && b.IsFloat():
		return a.AsFloat() < b.AsFloat(), true
	case a.Type() == StrType && b.Type() == StrType:
		return ptrOf[Str](a).S < ptrOf[Str](b).S, true
	}
	return false, false
}

// pureEq is == for the key pairs pureLt handles.
func pureEq(a, b Value) (eq, ok bool) {
	switch {
	case a.IsSmallInt() && b.IsSmallInt():
		return a.SmallInt() == b.SmallInt(), true
	case a.IsFloat() && b.IsFloat():
		return a.AsFloat() == b.AsFloat(), true
	case a.Type() == StrType && b.Type() == StrType:
		return ptrOf[Str](a).S == ptrOf[Str](b).S, true
	}
	return false, false
}

// tupleLt is tuple a < tuple b as tuple's rich comparison computes it
// (the first items that are not equal decide, else the lengths), with
// the same calls to Python-level __eq__ and __lt__, but without boxing
// the result of each step.
func (s *timsort) tupleLt(a, b []Value) bool {
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if x.Is(y) {
			continue
		}
		eq, ok := pureEq(x, y)
		if !ok {
			var err *Exception
			if eq, err = RichCompareBool(x, y, Eq); err != nil {
				s.err = err
				return false
			}
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		return len(a) < len(b)
	}
	return s.lt(a[i], b[i])
}

// timSort sorts items stably by key, whose common comparison is kind; it
// returns the first comparison error.
func timSort(items []sortItem, kind sortKeyKind) *Exception {
	n := len(items)
	if n < 2 {
		return nil
	}
	s := &timsort{items: items, minGallop: minGallop, kind: kind}
	if n < 64 {
		// One run extended to the whole list by binary insertion: what the
		// loop below does when minrun is n, without its run stack.
		run, desc := s.countRun(0, n)
		if desc {
			reverseItems(items[:run])
		}
		if run < n {
			s.binarySort(0, n, run)
		}
		return s.err
	}
	minrun := mergeComputeMinrun(n)
	for lo := 0; lo < n; {
		run, desc := s.countRun(lo, n)
		if desc {
			reverseItems(items[lo : lo+run])
		}
		if run < minrun {
			force := min(minrun, n-lo)
			s.binarySort(lo, lo+force, lo+run)
			run = force
		}
		s.foundNewRun(lo, run, n)
		s.runs = append(s.runs, sortRun{base: lo, n: run})
		lo += run
	}
	s.forceCollapse()
	return s.err
}

func reverseItems(a []sortItem) {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
}

// mergeComputeMinrun is merge_compute_minrun: n's six leading bits, plus
// one if any remaining bit is set.
func mergeComputeMinrun(n int) int {
	r := 0
	for n >= 64 {
		r |= n & 1
		n >>= 1
	}
	return n + r
}

// countRun returns the length of the run at items[lo:hi] and whether it is
// strictly descending.
func (s *timsort) countRun(lo, hi int) (int, bool) {
	a := s.items
	if lo+1 == hi {
		return 1, false
	}
	n := 2
	if s.lt(a[lo+1].key, a[lo].key) {
		for i := lo + 2; i < hi && s.lt(a[i].key, a[i-1].key); i++ {
			n++
		}
		return n, true
	}
	for i := lo + 2; i < hi && !s.lt(a[i].key, a[i-1].key); i++ {
		n++
	}
	return n, false
}

// binarySort sorts items[lo:hi], whose prefix items[lo:start] is sorted,
// by binary insertion.
func (s *timsort) binarySort(lo, hi, start int) {
	a := s.items
	if s.kind == keysInt || s.kind == keysFloat {
		binarySortNum(a, lo, hi, start, s.kind) // call15_sortsmall.go
		return
	}
	for ; start < hi; start++ {
		pivot := a[start]
		l, r := lo, start
		for l < r {
			p := l + (r-l)>>1
			if s.lt(pivot.key, a[p].key) {
				r = p
			} else {
				l = p + 1
			}
		}
		copy(a[l+1:start+1], a[l:start])
		a[l] = pivot
	}
}

// powerloop is the powersort power of the boundary between the runs
// [s1, s1+n1) and [s1+n1, s1+n1+n2) of a list of length n.
func powerloop(s1, n1, n2, n int) int {
	result := 0
	a := 2*s1 + n1
	b := a + n1 + n2
	for {
		result++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			break
		}
		a <<= 1
		b <<= 1
	}
	return result
}

// foundNewRun merges pending runs whose power exceeds the new boundary's.
func (s *timsort) foundNewRun(lo, n2, n int) {
	if len(s.runs) == 0 {
		return
	}
	last := &s.runs[len(s.runs)-1]
	power := powerloop(last.base, last.n, n2, n)
	for len(s.runs) > 1 && s.runs[len(s.runs)-2].power > power {
		s.mergeAt(len(s.runs) - 2)
	}
	s.runs[len(s.runs)-1].power = power
}

func (s *timsort) forceCollapse() {
	for len(s.runs) > 1 {
		n := len(s.runs) - 2
		if n > 0 && s.runs[n-1].n < s.runs[n+1].n {
			n--
		}
		s.mergeAt(n)
	}
}

// mergeAt merges runs i and i+1.
func (s *timsort) mergeAt(i int) {
	a, b := s.runs[i], s.runs[i+1]
	s.runs[i].n = a.n + b.n
	s.runs = append(s.runs[:i+1], s.runs[i+2:]...)
	items := s.items
	// Elements of A already in place before B[0] stay where they are.
	k := s.gallopRight(items[b.base].key, items[a.base:a.base+a.n], 0)
	a.base += k
	a.n -= k
	if a.n == 0 {
		return
	}
	// Elements of B after A's last are already in place too.
	b.n = s.gallopLeft(items[a.base+a.n-1].key, items[b.base:b.base+b.n], b.n-1)
	if b.n == 0 {
		return
	}
	if a.n <= b.n {
		s.mergeLo(a.base, a.n, b.base, b.n)
	} else {
		s.mergeHi(a.base, a.n, b.base, b.n)
	}
}

// gallopLeft returns where key belongs in the sorted a (before equal
// elements), searching from hint outwards.
func (s *timsort) gallopLeft(key Value, a []sortItem, hint int) int {
	n := len(a)
	lastofs, ofs := 0, 1
	if s.lt(a[hint].key, key) {
		maxofs := n - hint
		for ofs < maxofs {
			if !s.lt(a[hint+ofs].key, key) {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	} else {
		maxofs := hint + 1
		for ofs < maxofs {
			if s.lt(a[hint-ofs].key, key) {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		if s.lt(a[m].key, key) {
			lastofs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs
}

// gallopRight is gallopLeft placing key after equal elements.
func (s *timsort) gallopRight(key Value, a []sortItem, hint int) int {
	n := len(a)
	lastofs, ofs := 0, 1
	if s.lt(key, a[hint].key) {
		maxofs := hint + 1
		for ofs < maxofs {
			if !s.lt(key, a[hint-ofs].key) {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		maxofs := n - hint
		for ofs < maxofs {
			if s.lt(key, a[hint+ofs].key) {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		if s.lt(key, a[m].key) {
			ofs = m
		} else {
			lastofs = m + 1
		}
	}
	return ofs
}

// mergeLo merges the adjacent runs A = items[pa:pa+na] and B =
// items[pb:pb+nb], na <= nb, copying A aside and filling from the left.
// B[0] belongs first and A's last element last.
func (s *timsort) mergeLo(pa, na, pb, nb int) {
	items := s.items
	s.tmp = append(s.tmp[:0], items[pa:pa+na]...)
	ta := s.tmp
	ia, ib, dest := 0, pb, pa
	items[dest] = items[ib]
	dest++
	ib++
	nb--
	defer func() {
		if na > 0 {
			copy(items[dest:], ta[ia:ia+na])
		}
	}()
	if nb == 0 {
		return
	}
	if na == 1 {
		goto copyB
	}
	for {
		acount, bcount := 0, 0
		for {
			if s.lt(items[ib].key, ta[ia].key) {
				items[dest] = items[ib]
				dest++
				ib++
				bcount++
				acount = 0
				nb--
				if nb == 0 {
					return
				}
				if bcount >= s.minGallop {
					break
				}
			} else {
				items[dest] = ta[ia]
				dest++
				ia++
				acount++
				bcount = 0
				na--
				if na == 1 {
					goto copyB
				}
				if acount >= s.minGallop {
					break
				}
			}
		}
		s.minGallop++
		for {
			if s.minGallop > 1 {
				s.minGallop--
			}
			k := s.gallopRight(items[ib].key, ta[ia:ia+na], 0)
			acount = k
			if k > 0 {
				copy(items[dest:dest+k], ta[ia:ia+k])
				dest += k
				ia += k
				na -= k
				if na == 1 {
					goto copyB
				}
				if na == 0 {
					return
				}
			}
			items[dest] = items[ib]
			dest++
			ib++
			nb--
			if nb == 0 {
				return
			}
			k = s.gallopLeft(ta[ia].key, items[ib:ib+nb], 0)
			bcount = k
			if k > 0 {
				copy(items[dest:dest+k], items[ib:ib+k])
				dest += k
				ib += k
				nb -= k
				if nb == 0 {
					return
				}
			}
			items[dest] = ta[ia]
			dest++
			ia++
			na--
			if na == 1 {
				goto copyB
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		s.minGallop++
	}
copyB:
	// A's last element belongs after what is left of B.
	copy(items[dest:dest+nb], items[ib:ib+nb])
	items[dest+nb] = ta[ia]
	na = 0
}

// mergeHi is mergeLo for na > nb: B is copied aside and the merge fills
// from the right. A's last element belongs last and B[0] first.
func (s *timsort) mergeHi(pa, na, pb, nb int) {
	items := s.items
	s.tmp = append(s.tmp[:0], items[pb:pb+nb]...)
	tb := s.tmp
	dest := pb + nb - 1
	ia, ib := pa+na-1, nb-1 // the current last elements of A (in items) and B (in tb)
	items[dest] = items[ia]
	dest--
	ia--
	na--
	defer func() {
		if nb > 0 {
			copy(items[dest-(nb-1):dest+1], tb[:nb])
		}
	}()
	if na == 0 {
		return
	}
	if nb == 1 {
		goto copyA
	}
	for {
		acount, bcount := 0, 0
		for {
			if s.lt(tb[ib].key, items[ia].key) {
				items[dest] = items[ia]
				dest--
				ia--
				acount++
				bcount = 0
				na--
				if na == 0 {
					return
				}
				if acount >= s.minGallop {
					break
				}
			} else {
				items[dest] = tb[ib]
				dest--
				ib--
				bcount++
				acount = 0
				nb--
				if nb == 1 {
					goto copyA
				}
				if bcount >= s.minGallop {
					break
				}
			}
		}
		s.minGallop++
		for {
			if s.minGallop > 1 {
				s.minGallop--
			}
			k := na - s.gallopRight(tb[ib].key, items[pa:pa+na], na-1)
			acount = k
			if k > 0 {
				dest -= k
				ia -= k
				copy(items[dest+1:dest+1+k], items[ia+1:ia+1+k])
				na -= k
				if na == 0 {
					return
				}
			}
			items[dest] = tb[ib]
			dest--
			ib--
			nb--
			if nb == 1 {
				goto copyA
			}
			k = nb - s.gallopLeft(items[ia].key, tb[:nb], nb-1)
			bcount = k
			if k > 0 {
				dest -= k
				ib -= k
				copy(items[dest+1:dest+1+k], tb[ib+1:ib+1+k])
				nb -= k
				if nb == 1 {
					goto copyA
				}
				if nb == 0 {
					return
				}
			}
			items[dest] = items[ia]
			dest--
			ia--
			na--
			if na == 0 {
				return
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		s.minGallop++
	}
copyA:
	// B's first element belongs before what is left of A.
	dest -= na
	ia -= na
	copy(items[dest+1:dest+1+na], items[ia+1:ia+1+na])
	items[dest] = tb[0]
	nb = 0
}

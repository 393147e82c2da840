// This file defines the Burrows-Wheeler transform of a block: the sorted
// order of its cyclic rotations, computed by prefix doubling with counting
// sorts (O(n log n), no worst case worse than that on repetitive data).
package bz2

// bwt returns the last column of the sorted rotations of s and the row
// holding the unrotated s (bzip2's origPtr).
func bwt(s []byte) ([]byte, int) {
	n := len(s)
	p := sortRotations(s)
	last := make([]byte, n)
	orig := 0
	for i, r := range p {
		if r == 0 {
			orig = i
			last[i] = s[n-1]
		} else {
			last[i] = s[r-1]
		}
	}
	return last, orig
}

// sortRotations returns the start positions of s's rotations in sorted
// order (equal rotations in any order: they give the same transform).
func sortRotations(s []byte) []int32 {
	n := len(s)
	p := make([]int32, n)
	c := make([]int32, n)
	cnt := make([]int32, max(256, n))
	for _, b := range s {
		cnt[b]++
	}
	for i := 1; i < 256; i++ {
		cnt[i] += cnt[i-1]
	}
	for i := n - 1; i >= 0; i-- {
		cnt[s[i]]--
		p[cnt[s[i]]] = int32(i)
	}
	classes := int32(1)
	c[p[0]] = 0
	for i := 1; i < n; i++ {
		if s[p[i]] != s[p[i-1]] {
			classes++
		}
		c[p[i]] = classes - 1
	}
	pn := make([]int32, n)
	cn := make([]int32, n)
	for h := 1; h < n && int(classes) < n; h <<= 1 {
		// Rotations sorted by their second half are p shifted back by h.
		for i := 0; i < n; i++ {
			v := int(p[i]) - h
			if v < 0 {
				v += n
			}
			pn[i] = int32(v)
		}
		clear(cnt[:classes])
		for i := 0; i < n; i++ {
			cnt[c[pn[i]]]++
		}
		for i := int32(1); i < classes; i++ {
			cnt[i] += cnt[i-1]
		}
		for i := n - 1; i >= 0; i-- {
			k := c[pn[i]]
			cnt[k]--
			p[cnt[k]] = pn[i]
		}
		cn[p[0]] = 0
		classes = 1
		for i := 1; i < n; i++ {
			a, b := int(p[i]), int(p[i-1])
			a2, b2 := a+h, b+h
			if a2 >= n {
				a2 -= n
			}
			if b2 >= n {
				b2 -= n
			}
			if c[a] != c[b] || c[a2] != c[b2] {
				classes++
			}
			cn[p[i]] = classes - 1
		}
		c, cn = cn, c
	}
	return p
}

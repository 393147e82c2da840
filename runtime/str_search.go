// This file defines the searching methods of str: find, rfind, index, rindex, count,
// replace, startswith and endswith, with start and end counted in code points and clamped as
// CPython's ADJUST_INDICES does. The vm passes an omitted start as 0 and an omitted end as
// math.MaxInt, and clamps Python ints beyond the int range to math.MinInt/math.MaxInt, as
// _PyEval_SliceIndex does; both give CPython's results.
package runtime

import (
	"math"
	"strings"
)

// adjustIndices clamps start and end to the code point length n of a str.
func adjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// strWindow returns the byte offsets of code points start and end (clamped) of s, the
// clamped code point indices, and whether s is ASCII.
func strWindow(s string, start, end int) (bs, be, cs, ce int, ascii bool) {
	return strWindowN(s, StrLen(s), start, end)
}

// strWindowN is strWindow for a caller that knows n, the code point count of s (a str
// object caches it: counting it on every call made find over a long str linear in the
// str's length even when the match is near the start).
func strWindowN(s string, n, start, end int) (bs, be, cs, ce int, ascii bool) {
	cs, ce = adjustIndices(start, end, n)
	if n == len(s) {
		bs, be = cs, ce
		if bs > len(s) {
			bs = len(s)
		}
		return bs, max(be, bs), cs, ce, true
	}
	bs = cpOffset(s, cs)
	if ce <= cs {
		return bs, bs, cs, ce, false
	}
	be = bs + cpOffset(s[bs:], ce-cs)
	return bs, be, cs, ce, false
}

// StrFind is str.find: the lowest code point index of sub in s[start:end], or -1.
func StrFind(s, sub string, start, end int) int {
	return strFindN(s, StrLen(s), sub, StrLen(sub), start, end)
}

// strFindN is StrFind given the code point counts n of s and subN of sub.
func strFindN(s string, n int, sub string, subN, start, end int) int {
	bs, be, cs, ce, ascii := strWindowN(s, n, start, end)
	if ce-cs < subN {
		return -1
	}
	i := strings.Index(s[bs:be], sub)
	if i < 0 {
		return -1
	}
	if ascii {
		return cs + i
	}
	return cs + StrLen(s[bs:bs+i])
}

// StrRFind is str.rfind: the highest code point index of sub in s[start:end], or -1.
func StrRFind(s, sub string, start, end int) int {
	return strRFindN(s, StrLen(s), sub, StrLen(sub), start, end)
}

// strRFindN is StrRFind given the code point counts n of s and subN of sub.
func strRFindN(s string, n int, sub string, subN, start, end int) int {
	bs, be, cs, ce, ascii := strWindowN(s, n, start, end)
	if ce-cs < subN {
		return -1
	}
	i := strings.LastIndex(s[bs:be], sub)
	if i < 0 {
		return -1
	}
	if ascii {
		return cs + i
	}
	return cs + StrLen(s[bs:bs+i])
}

// StrIndexOf is str.index: StrFind, with ValueError when sub is absent.
func StrIndexOf(s, sub string, start, end int) (int, *pyErr) {
	if i := StrFind(s, sub, start, end); i >= 0 {
		return i, nil
	}
	return 0, &pyErr{"ValueError", "substring not found"}
}

// StrRIndex is str.rindex: StrRFind, with ValueError when sub is absent.
func StrRIndex(s, sub string, start, end int) (int, *pyErr) {
	if i := StrRFind(s, sub, start, end); i >= 0 {
		return i, nil
	}
	return 0, &pyErr{"ValueError", "substring not found"}
}

// StrCount is str.count: the number of non-overlapping occurrences of sub in s[start:end].
func StrCount(s, sub string, start, end int) int {
	return strCountN(s, StrLen(s), sub, StrLen(sub), start, end)
}

// strCountN is StrCount given the code point counts n of s and subN of sub.
func strCountN(s string, n int, sub string, subN, start, end int) int {
	bs, be, cs, ce, _ := strWindowN(s, n, start, end)
	if ce-cs < subN {
		return 0
	}
	if sub == "" {
		return ce - cs + 1
	}
	return countSub(s[bs:be], sub) // tmpl15_count.go
}

// StrStartsWith is str.startswith for one prefix.
func StrStartsWith(s, prefix string, start, end int) bool {
	bs, be, cs, ce, _ := strWindow(s, start, end)
	if ce-cs < StrLen(prefix) {
		return false
	}
	return strings.HasPrefix(s[bs:be], prefix)
}

// StrEndsWith is str.endswith for one suffix.
func StrEndsWith(s, suffix string, start, end int) bool {
	bs, be, cs, ce, _ := strWindow(s, start, end)
	if ce-cs < StrLen(suffix) {
		return false
	}
	return strings.HasSuffix(s[bs:be], suffix)
}

// StrReplace is str.replace: the first count occurrences of old replaced by new, all of
// them when count is negative. An empty old matches before every code point and at the end.
func StrReplace(s, old, new string, count int) string {
	if count < 0 {
		count = len(s) + 1
	}
	if old != "" {
		return strings.Replace(s, old, new, count)
	}
	if count == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(new)*min(count, len(s)+1))
	i := 0
	for ; i < len(s) && count > 0; count-- {
		b.WriteString(new)
		size := cpLen(s, i)
		b.WriteString(s[i : i+size])
		i += size
	}
	if count > 0 {
		b.WriteString(new)
	}
	b.WriteString(s[i:])
	return b.String()
}

// StrContains is `sub in s`.
func StrContains(s, sub string) bool { return strings.Contains(s, sub) }

// StrRemovePrefix is str.removeprefix.
func StrRemovePrefix(s, prefix string) string { return strings.TrimPrefix(s, prefix) }

// StrRemoveSuffix is str.removesuffix.
func StrRemoveSuffix(s, suffix string) string { return strings.TrimSuffix(s, suffix) }

// StrRepeat is s * n (n <= 0 gives ""): OverflowError when the length in code points
// passes the Py_ssize_t range, as in CPython, and MemoryError when the result is too large
// to allocate.
func StrRepeat(s string, n int) (string, *pyErr) {
	if n <= 0 || s == "" {
		return "", nil
	}
	if n > math.MaxInt/StrLen(s) {
		return "", &pyErr{"OverflowError", "repeated string is too long"}
	}
	if n > maxStrLen/len(s) {
		return "", &pyErr{"MemoryError", ""}
	}
	return strings.Repeat(s, n), nil
}

// This file keeps the results of recent Decimal(str) conversions, keyed
// by the str object. Money code writes Decimal("0.0825") inside its loops;
// the literal is the same constant object on every iteration, and CPython
// parses it again each time in C, where Go's parse costs more than the
// rest of the construction. A str is immutable, and an entry holds its key
// (so the address is never reused for another object while cached), so a
// hit is exactly the conversion that would be made. Only conversions that
// raise no condition are kept: the others depend on the context's traps and
// must signal each time.

package cdecimal

import "krait/runtime"

// strCacheSize is the number of entries (a power of two), and
// strCacheMaxLen the longest text kept, which bounds what the cache keeps
// alive.
const (
	strCacheSize   = 64
	strCacheMaxLen = 48
)

type strCacheEntry struct {
	key runtime.Value
	d   dec
}

// strCache is direct-mapped by the str's address. The interpreter lock
// serializes its users.
var strCache [strCacheSize]strCacheEntry

func strCacheSlot(v runtime.Value) *strCacheEntry {
	p := v.Ptr()
	return &strCache[(p>>4^p>>10)&(strCacheSize-1)]
}

// decFromStrValue converts the exact str v, through the cache.
func decFromStrValue(v runtime.Value, c *Context) (dec, *runtime.Exception) {
	e := strCacheSlot(v)
	if e.key == v {
		return e.d, nil
	}
	s, _ := runtime.StrOf(v)
	text := s.String()
	if len(text) <= strCacheMaxLen {
		if t, ok := normalizeNumeric(text, true); ok {
			if d, ok := parseDecimal(t); ok && (d.isSpecial() || c.exactRange(&d)) {
				e.key, e.d = v, d
				return d, nil
			}
		}
	}
	return decFromString(text, c)
}

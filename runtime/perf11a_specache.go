// This file defines a cache of parsed format specs. The specs of f-strings
// and str.format fields are constants met again on every loop iteration
// ("{i:>8}", "{f:10.3f}"), and parsing one (decoding it into code points,
// reading fill, align, width, grouping, precision) costs more than laying
// out the number it formats.
//
// The cache is direct-mapped, indexed by a hash of the spec's text and the
// formatter's defaults. Each slot holds an immutable entry behind an atomic
// pointer, so lookups need no lock and stay race-free even if two threads
// format at once. Keys are private copies of the spec text: a spec may be
// a view of a buffer that is reused later. Only successful parses are
// cached; every error is raised by the full parser each time.

package runtime

import (
	"strings"
	"sync/atomic"
)

type specCacheEntry struct {
	spec         string
	defaultType  rune
	defaultAlign rune
	parsed       formatSpec
}

const (
	specCacheSize   = 128 // a power of two
	specCacheMaxLen = 24  // longer specs are rare; parse them each time
)

var specCache [specCacheSize]atomic.Pointer[specCacheEntry]

// specCacheIndex hashes spec (FNV-1a) with the formatter's defaults.
func specCacheIndex(spec string, defaultType, defaultAlign rune) int {
	h := uint32(2166136261) ^ uint32(defaultType)<<8 ^ uint32(defaultAlign)
	for i := 0; i < len(spec); i++ {
		h = (h ^ uint32(spec[i])) * 16777619
	}
	return int(h & (specCacheSize - 1))
}

// parseFormatSpec parses spec for an object of Python type typeName whose formatter uses
// defaultType and defaultAlign (str: 's', '<'; int: 'd', '>'; float and complex: 0, '>'),
// from the cache when this spec was parsed before for the same defaults.
func parseFormatSpec(spec, typeName string, defaultType, defaultAlign rune) (formatSpec, *pyErr) {
	if len(spec) > specCacheMaxLen {
		return parseFormatSpecText(spec, typeName, defaultType, defaultAlign)
	}
	slot := &specCache[specCacheIndex(spec, defaultType, defaultAlign)]
	if e := slot.Load(); e != nil && e.spec == spec && e.defaultType == defaultType && e.defaultAlign == defaultAlign {
		return e.parsed, nil
	}
	fs, err := parseFormatSpecText(spec, typeName, defaultType, defaultAlign)
	if err == nil {
		slot.Store(&specCacheEntry{spec: strings.Clone(spec), defaultType: defaultType, defaultAlign: defaultAlign, parsed: fs})
	}
	return fs, err
}

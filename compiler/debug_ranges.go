// This file defines the switch of -X no_debug_ranges.

package compiler

// NoDebugRanges is set by -X no_debug_ranges (or PYTHONNODEBUGRANGES):
// code objects then report no column ranges, as CPython's compiler then
// records none (positions are (line, line, None, None), and tracebacks
// show no carets).
var NoDebugRanges bool

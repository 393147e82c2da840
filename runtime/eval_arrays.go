// This file defines the loop's views of a frame's registers, a code
// object's constants and its instructions as pointers to arrays rather
// than slices. A slice is three words the Go compiler keeps live across
// the whole interpreter loop and spills at every dispatch; a pointer is
// one, and indexing it by an 8-bit operand needs no bounds check. The
// compiler sizes every window (Code.NumRegs) and every constant and jump
// operand, so the loop never indexes past the real slice; a Go-level view
// with the true length (f.regs, code.consts, code.instrs) is used wherever
// a slice is passed on. The views are wider than their allocations, which
// the race detector's pointer checks (checkptr) would reject: the
// conversions are marked go:nocheckptr.

package runtime

import "unsafe"

type (
	regArray   [1 << 24]Value
	constArray [1 << 24]Value
	instrArray [1 << 28]uint32
)

// regArr returns the array view of a register window.
//
//go:nocheckptr
func regArr(s []Value) *regArray { return (*regArray)(unsafe.Pointer(unsafe.SliceData(s))) }

// constArr returns the array view of a constant table.
//
//go:nocheckptr
func constArr(s []Value) *constArray { return (*constArray)(unsafe.Pointer(unsafe.SliceData(s))) }

// instrArr returns the array view of an instruction stream.
//
//go:nocheckptr
func instrArr(s []uint32) *instrArray { return (*instrArray)(unsafe.Pointer(unsafe.SliceData(s))) }

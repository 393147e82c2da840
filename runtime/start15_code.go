// This file holds the atomic accessors of Code's lines and view, plain
// pointers rather than atomic.Values, for the size of a code object: one
// read from a .pyc is a single allocation with its compiler.Code and lazy
// body (loadedCode), ~650 of them at start-up and ~1,400 after `import
// json, re, collections, typing`. Two atomic.Values (16 bytes each), int
// cell counts and six one-byte fields each padded to a word put it at 760
// bytes, in the 768-byte size class; unsafe.Pointers, int32 cell counts
// and the small fields side by side make it 704 bytes, the next class down
// (mem_sizes_test.go). Session 20 moved both, with the other rarely
// used fields, behind one pointer (heap20_codeextra.go): 640 bytes.

package runtime

import (
	"sync/atomic"
	"unsafe"
)

// loadLines returns the *lineInfo Line last stored, or nil.
func (co *Code) loadLines() *lineInfo {
	if x := co.extraOrNil(); x != nil {
		return (*lineInfo)(atomic.LoadPointer(&x.lines))
	}
	return nil
}

// storeLines replaces the *lineInfo of Line.
func (co *Code) storeLines(li *lineInfo) { atomic.StorePointer(&co.more().lines, unsafe.Pointer(li)) }

// loadView returns co's *codeView (code_cpyview.go), or nil before the first.
func (co *Code) loadView() *codeView {
	if x := co.extraOrNil(); x != nil {
		return (*codeView)(atomic.LoadPointer(&x.view))
	}
	return nil
}

// storeView sets co's *codeView.
func (co *Code) storeView(v *codeView) { atomic.StorePointer(&co.more().view, unsafe.Pointer(v)) }

// initView sets co's *codeView unless it has one.
func (co *Code) initView(v *codeView) {
	atomic.CompareAndSwapPointer(&co.more().view, nil, unsafe.Pointer(v))
}

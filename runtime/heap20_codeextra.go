// This file defines codeExtra, the fields of a code object that most code
// objects never use: the line table built for a traceback or a tracer,
// the CPython view, the last comprehension function, the call plans of
// f(*t) and f(*t, **d) calls and namedtuple's memo. They sit behind one
// pointer, allocated when one is first set, so that a code object read
// from a .pyc (loadedCode: the Code, its compiler.Code and the lazy body)
// takes Go's 640-byte size class rather than 704 (issue 6: ~1,400 code
// objects live after `import json, re, collections, typing`, and the
// collector re-marks each every cycle).

package runtime

import (
	"sync/atomic"
	"unsafe"
	"weak"
)

// codeExtra holds a Code's rarely used fields (see the file comment).
type codeExtra struct {
	// lines holds a *lineInfo (Line): the last line looked up, then the
	// line of every instruction word; view holds the *codeView of
	// CPython's form of the code (code_cpyview.go). Both are read and
	// written atomically (start15_code.go).
	lines, view unsafe.Pointer
	// compFn is the function MAKE_FUNCTION made last for a comprehension's
	// code (comprehension.go).
	compFn weak.Pointer[Function]
	// dictPlan binds calls f(*t, **d) of this code whose dict has the
	// keys of the last such call (perf12c_dictplan.go); exPlan binds calls
	// f(*t) and f(*t, **{}) with the tuple length of the last such call
	// (call13_extuple.go).
	dictPlan, exPlan             *callPlan
	dictPlanMisses, exPlanMisses uint8
	// ntFields memoizes namedtupleFields: 0 unknown, -1 not namedtuple's
	// __new__, else 1 + its field count (perf12c_namedtuple.go).
	ntFields int16
}

// more returns co's codeExtra, allocating it on first use. Threads may
// race to allocate it: the first stored wins.
func (co *Code) more() *codeExtra {
	if x := co.extraOrNil(); x != nil {
		return x
	}
	x := new(codeExtra)
	if atomic.CompareAndSwapPointer(&co.extra, nil, unsafe.Pointer(x)) {
		return x
	}
	return co.extraOrNil()
}

// extraOrNil returns co's codeExtra, or nil if nothing was set yet.
func (co *Code) extraOrNil() *codeExtra { return (*codeExtra)(atomic.LoadPointer(&co.extra)) }

// dictPlanOf returns co's dictPlan, or nil.
func (co *Code) dictPlanOf() *callPlan {
	if x := co.extraOrNil(); x != nil {
		return x.dictPlan
	}
	return nil
}

// exPlanOf returns co's exPlan, or nil.
func (co *Code) exPlanOf() *callPlan {
	if x := co.extraOrNil(); x != nil {
		return x.exPlan
	}
	return nil
}

// compFnOf returns the function last made for co (a comprehension), or nil.
func (co *Code) compFnOf() *Function {
	if x := co.extraOrNil(); x != nil {
		return x.compFn.Value()
	}
	return nil
}

// copyExtraFrom gives co (code_replace's copy) its own copy of src's
// extra fields, without the line table, which the copy may replace.
func (co *Code) copyExtraFrom(src *Code) {
	co.extra = nil
	if x := src.extraOrNil(); x != nil {
		y := *x
		y.lines = nil
		co.extra = unsafe.Pointer(&y)
	}
}

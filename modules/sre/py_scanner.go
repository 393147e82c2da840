// This file defines _sre.SRE_Scanner, the iteration state behind
// Pattern.scanner and Pattern.finditer.

package sre

import "krait/runtime"

// scannerObject is an SRE_Scanner: one engine state kept across calls.
type scannerObject struct {
	runtime.Header
	pattern value
	subj    subject
	st      *State
	// export is a memoryview over a resizable subject (bytearray), kept
	// while the scanner lives: CPython's scanner holds the subject's
	// buffer, so resizing it meanwhile raises BufferError.
	export value
	// executing is set while a match runs, which may let other threads
	// run (see watch); a second call meanwhile is refused.
	executing bool
}

// ScannerType is _sre.SRE_Scanner.
var ScannerType *runtime.Type

func initScannerType() {
	ScannerType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "_sre.SRE_Scanner",
		Methods: []runtime.Method{
			{Name: "match", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) { return scannerNext(self, false) }},
			{Name: "search", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) { return scannerNext(self, true) }},
		},
		GetSets: []runtime.GetSetDef{
			{Name: "pattern", Get: func(v value) (value, *exc) { return runtime.PtrOf[scannerObject](v).pattern, nil }},
		},
	}, func(t *runtime.Type) { t.New = cannotCreate })
}

// scannerNext is scanner.match() and scanner.search(): the next match
// from where the previous one ended, or None once exhausted.
func scannerNext(self value, search bool) (value, *exc) {
	sc := runtime.PtrOf[scannerObject](self)
	if sc.executing {
		return none(), runtime.NewValueError("regular expression scanner already executing")
	}
	sc.executing = true
	ok, err := sc.st.Next(search)
	sc.executing = false
	if err != nil {
		return none(), failure(err)
	}
	if !ok {
		return none(), nil
	}
	return newMatch(sc.pattern, &sc.subj, sc.st), nil
}

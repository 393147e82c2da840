// This file gives errors leaving the Go _run_once the traceback entry
// base_events' _run_once frame would have added, at the line of the step
// that raised (the select, the event processing, a handle's _run in debug
// mode or not), found in its source as linecache reads it.

package asyncio

import (
	"strings"

	"krait/runtime"
)

// Sites in _run_once an error can leave from.
const (
	siteDef = iota
	siteSelect
	siteProcess
	siteRunDebug
	siteRun
	siteCount
)

var runOnceTB struct {
	file  string
	lines [siteCount]int
}

// findRunOnceLines records _run_once's file and the lines of its sites,
// from the function orig.
func findRunOnceLines(orig value) {
	code, err := runtime.GetAttrString(orig, "__code__")
	if err != nil {
		return
	}
	first, err := runtime.GetAttrString(code, "co_firstlineno")
	fn, err2 := runtime.GetAttrString(code, "co_filename")
	if err != nil || err2 != nil || !first.IsSmallInt() {
		return
	}
	file, ok := fn.TryStr()
	if !ok {
		return
	}
	lc, err := runtime.ImportModule("linecache")
	if err != nil {
		return
	}
	src, err := runtime.CallMethod(lc, "getlines", fn)
	if err != nil {
		return
	}
	lines, err := runtime.IterItems(src)
	if err != nil {
		return
	}
	start := int(first.SmallInt())
	runOnceTB.file = file.String()
	runOnceTB.lines[siteDef] = start
	marks := [...]struct {
		site int
		text string
	}{{siteSelect, "self._selector.select(timeout)"}, {siteProcess, "self._process_events(event_list)"},
		{siteRunDebug, "handle._run()"}, {siteRun, "handle._run()"}}
	next := 0
	for i := start; i < len(lines) && next < len(marks); i++ { // lines[i] is line i+1
		if s, ok := lines[i].TryStr(); ok && strings.Contains(s.String(), marks[next].text) {
			runOnceTB.lines[marks[next].site] = i + 1
			next++
		}
	}
	if next < len(marks) {
		runOnceTB.lines = [siteCount]int{siteDef: start}
	}
}

// runOnceError adds the _run_once entry to err, raised at site.
func runOnceError(err *exc, site int) *exc {
	if err != nil && runOnceTB.file != "" {
		line := runOnceTB.lines[site]
		if line == 0 {
			line = runOnceTB.lines[siteDef]
		}
		runtime.AddNativeTraceback(err, "_run_once", runOnceTB.file, line)
	}
	return err
}

// Command krait is Krait's python3-compatible command line: `krait FILE`
// and `krait -c CODE` run a program; `krait -X dump-ast FILE` prints the
// file's syntax tree as CPython 3.11's ast.dump does, or the SyntaxError
// CPython would report.
package main

import (
	"os"
	"runtime/debug"

	"krait/modules" // the native modules of the standard library
)

func main() {
	tuneGC()
	modules.InitSignals()
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

// tuneGC makes the collector run less often than Go's default unless the
// user set GOGC: Python programs allocate many small objects over a small
// live heap, where GOGC=100 collects every few megabytes. DESIGN.md §7
// measured 1.5-2x on allocation-heavy loops; bench/programs/constraints.py
// went from 3.8 s to 2.2 s.
func tuneGC() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(400)
	}
}

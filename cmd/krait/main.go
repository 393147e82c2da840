// Command krait is Krait's python3-compatible command line: `krait FILE`
// and `krait -c CODE` run a program; `krait -X dump-ast FILE` prints the
// file's syntax tree as CPython 3.11's ast.dump does, or the SyntaxError
// CPython would report.
package main

import (
	"os"

	"krait/internal/hugeheap"  // before the allocating packages: huge pages for the start-up heap
	_ "krait/internal/memprof" // before the allocating packages: no heap-profile sampling
	_ "krait/modules"          // the native modules of the standard library
)

func main() {
	if runsPython(os.Args) { // init14_prepare.go
		signals := startSignals() // start19_signals.go
		hugeheap.Advise()         // the steps package initialization mapped
		growStack(len(os.Args))   // stackgrow.go
		dropInitPages()           // what only package initialization used (dropinit_linux.go)
		tuneGC()
		<-signals
	}
	exitStatus(run(os.Args, os.Stdin, os.Stdout, os.Stderr)) // exit_sigint.go
}

// Command krait is Krait's python3-compatible command line. For now it runs
// the front end only: `krait -X dump-ast FILE` prints the file's syntax tree
// as CPython 3.11's ast.dump does, or the SyntaxError CPython would report.
package main

import "os"

func main() {
	os.Exit(run(os.Args, os.Stdin, os.Stdout, os.Stderr))
}

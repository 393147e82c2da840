// This file defines runsPython, which tells main whether the command line
// goes on to run the interpreter. The preparations for a run (the stack
// growth, giving back the pages initialization used, the collector's
// policy, the signal handlers) cost ~1.5 ms, a third of `krait -V` (the
// madvise of dropInitPages alone ~1 ms of CPU time): -V, --version, -h,
// --help and a command-line mistake print a line and exit without them, as
// CPython answers them before it initializes the interpreter.

package main

// runsPython reports whether argv (os.Args) asks for more than a usage
// error, the help text or the version.
func runsPython(argv []string) bool {
	if len(argv) > 0 {
		argv = argv[1:]
	}
	c, err := parseCmdline(argv)
	if err != nil {
		return false
	}
	return !c.help && c.helpMore == "" && c.version == 0
}

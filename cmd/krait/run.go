// This file defines run, which carries out a parsed command line.

package main

import (
	"fmt"
	"io"
)

// pythonVersion is the CPython version Krait reports and follows.
const pythonVersion = "3.11.7"

// Exit statuses, as python3 uses them.
const (
	exitOK    = 0
	exitError = 1 // an uncaught exception, such as a SyntaxError
	exitUsage = 2 // a bad command line or an unreadable script
)

// run executes the command line argv (argv[0] is the program name) and
// returns the exit status.
func run(argv []string, stdin io.Reader, stdout, stderr io.Writer) int {
	prog := "krait"
	if len(argv) > 0 {
		prog = argv[0]
		argv = argv[1:]
	}
	c, err := parseCmdline(argv)
	if err != nil {
		fmt.Fprintf(stderr, "%s\nusage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n", err, prog)
		return exitUsage
	}
	switch {
	case c.help || c.helpMore != "":
		printHelp(stdout, prog, c.help, c.helpMore)
		return exitOK
	case c.version > 0:
		fmt.Fprintf(stdout, "Python %s\n", pythonVersion)
		return exitOK
	}
	if _, ok := c.xopt("dump-ast"); ok {
		return dumpAST(c, prog, stdin, stdout, stderr)
	}
	defer applySpecializeOptions(c, stderr)()
	return runProgram(c, prog, stdin, stdout, stderr)
}

const usageText = `usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...
Krait is a Python 3.11 runtime; its command line follows python3's.
Options:
-c cmd : program passed in as string (terminates option list)
-h     : print this help message and exit (also -? or --help)
-m mod : run library module as a script (terminates option list)
-V     : print the Python version number and exit (also --version)
-W arg : warning control (dump-ast honours ignore and default for the
         front end's SyntaxWarning and DeprecationWarning)
-X opt : set implementation-specific option:
         -X dump-ast: print the program's syntax tree as CPython's
            ast.dump(ast.parse(src), include_attributes=True) does,
            or the SyntaxError CPython reports for it, and exit
         -X nospecialize: run every instruction in its generic form
         -X stats: print specialization counters to stderr at exit
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
Other python3 options (-bBdEiIOPqsSuvx) are accepted and ignored for now.
`

// This file defines run, which carries out a parsed command line.

package main

import (
	"fmt"
	"io"

	"krait/runtime"
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
		v := pythonVersion
		if c.version > 1 {
			v = runtime.SysVersion
		}
		fmt.Fprintf(stdout, "Python %s\n", v)
		return exitOK
	}
	if _, ok := c.xopt("dump-ast"); ok {
		return dumpAST(c, prog, stdin, stdout, stderr)
	}
	defer applySpecializeOptions(c, stderr)()
	return runProgram(c, prog, stdin, stdout, stderr)
}

const usageText = `usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...
Krait runs Python 3.11 programs; its options are python3's.
Options (PYTHON* variables that do the same are named in brackets):
-b     : warn when bytes or bytearray are compared with str or passed to
         str(); -bb makes those errors
-B     : write no compiled-code cache [PYTHONDONTWRITEBYTECODE]
-c cmd : run the program given as a string (ends the options)
-d     : parser debugging output (accepted; no effect) [PYTHONDEBUG]
-E     : ignore every PYTHON* environment variable
-h     : print this help and exit (also -? and --help)
-i     : after the program, go interactive even when stdin is not a
         terminal [PYTHONINSPECT]
-I     : isolated mode: as -E, -P and -s together
-m mod : run a library module as the program (ends the options)
-O     : drop assert statements and code under __debug__ [PYTHONOPTIMIZE];
         -OO also drops docstrings
-P     : put neither the script's directory nor the current directory
         first on sys.path [PYTHONSAFEPATH]
-q     : no version banner in interactive mode
-s     : leave the user site directory off sys.path [PYTHONNOUSERSITE]
-S     : do not import site at start-up
-u     : unbuffered stdout and stderr [PYTHONUNBUFFERED]
-v     : trace imports; repeat for more detail [PYTHONVERBOSE]
-V     : print the Python version and exit (also --version); -VV prints
         the full sys.version
-W arg : warning filter action:message:category:module:lineno
         [PYTHONWARNINGS]
-x     : skip the script's first line (for non-Unix #! lines)
-X opt : implementation option (see --help-xoptions)
--check-hash-based-pycs always|default|never:
         how hash-based compiled files are checked
--help-env      : the PYTHON* environment variables, then exit
--help-xoptions : the -X options, then exit
--help-all      : all of the help, then exit
Arguments:
file   : the program, read from a script file
-      : the program, read from stdin (the default; interactive on a tty)
arg ...: the program's arguments, sys.argv[1:]
`

// This file defines `krait -X dump-ast`, which runs only the front end: it
// prints the program's tree as CPython 3.11's ast.dump does with
// include_attributes=True, or reports its SyntaxError as python3.11 would
// when running it.

package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"

	"krait/syntax"
)

// dumpAST reads the program named on the command line (a script, -c's text
// or stdin), parses it, and prints its dump or its syntax error.
func dumpAST(c *cmdline, prog string, stdin io.Reader, stdout, stderr io.Writer) int {
	switch {
	case c.hasCmd:
		// python3 compiles -c's text as a str: a coding declaration in it
		// is ignored.
		res, serr := syntax.ParseString(c.command, "<string>", syntax.ModeExec)
		return report(c, res, serr, "<string>", nil, stdout, stderr)
	case c.hasMod:
		fmt.Fprintln(stderr, "krait: -X dump-ast does not support -m")
		return exitUsage
	case c.script != "":
		return dumpScript(c, prog, stdout, stderr)
	}
	src, err := io.ReadAll(stdin)
	if err != nil {
		fmt.Fprintf(stderr, "%s: can't read stdin: %v\n", prog, err)
		return exitUsage
	}
	// python3 reads stdin through its file tokenizer, but cannot read the
	// lines back to show them under warnings.
	res, serr := syntax.ParseScript(src, "<stdin>")
	return report(c, res, serr, "<stdin>", nil, stdout, stderr)
}

// dumpScript handles a script file or a directory with a __main__.py.
func dumpScript(c *cmdline, prog string, stdout, stderr io.Writer) int {
	path, filename := c.script, scriptPath(c.script)
	fi, err := os.Stat(path)
	isDir := err == nil && fi.IsDir()
	if isDir {
		// python3 imports a directory's __main__.py through runpy, which
		// compiles the bytes as compile() does. (The traceback lines runpy
		// adds above a SyntaxError are not shown.)
		path = strings.TrimRight(path, "/") + "/__main__.py"
		if _, err := os.Stat(path); err != nil {
			fmt.Fprintf(stderr, "%s: can't find '__main__' module in %s\n", prog, pyQuote(filename))
			return exitError
		}
		filename = strings.TrimRight(filename, "/") + "/__main__.py"
	}
	src, err := os.ReadFile(path)
	if err != nil {
		fmt.Fprintf(stderr, "%s: can't open file %s: %s\n", prog, pyQuote(filename), errnoText(err))
		return exitUsage
	}
	var res *syntax.Result
	var serr *syntax.SyntaxError
	if isDir {
		res, serr = syntax.Parse(src, filename, syntax.ModeExec)
	} else {
		// python3 reads a script through its file tokenizer.
		res, serr = syntax.ParseScript(src, filename)
	}
	return report(c, res, serr, filename, src, stdout, stderr)
}

// report prints the warnings and the tree, or the syntax error, and returns
// the exit status.
func report(c *cmdline, res *syntax.Result, serr *syntax.SyntaxError, filename string, src []byte, stdout, stderr io.Writer) int {
	if serr != nil {
		io.WriteString(stderr, syntax.FormatSyntaxError(serr))
		return exitError
	}
	printWarnings(stderr, c, res.Warnings, filename, src)
	io.WriteString(stdout, syntax.Dump(res.Tree, true)+"\n")
	return exitOK
}

// scriptPath returns the file name python3 gives a script: made absolute by
// prefixing the working directory, without cleaning ("./a.py" stays
// "/cwd/./a.py"), as CPython 3.11 does.
func scriptPath(p string) string {
	if strings.HasPrefix(p, "/") {
		return p
	}
	wd, err := syscall.Getwd()
	if err != nil {
		return p
	}
	return wd + "/" + p
}

// errnoText formats an error as Python's OSError str: "[Errno 2] No such
// file or directory".
func errnoText(err error) string {
	var errno syscall.Errno
	if pe, ok := err.(*os.PathError); ok {
		if e, ok := pe.Err.(syscall.Errno); ok {
			errno = e
		}
	}
	if errno == 0 {
		return err.Error()
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	return fmt.Sprintf("[Errno %d] %s", int(errno), msg)
}

// pyQuote returns Python's repr of a file name.
func pyQuote(s string) string { return syntax.ReprStr(s) }

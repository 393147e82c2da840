// This file defines runProgram, which runs a script, -c code or stdin on
// the runtime and reports an uncaught exception as python3 does.

package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"

	"krait/runtime"
	"krait/syntax"
)

// runProgram executes the program selected by c and returns the exit status.
func runProgram(c *cmdline, prog string, stdin io.Reader, stdout, stderr io.Writer) int {
	if path := os.Getenv("KRAIT_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
	}
	var src []byte
	var filename string
	var co *runtime.Code
	var exc *runtime.Exception
	switch {
	case c.hasCmd:
		filename = "<string>"
		runtime.SysArgv = append([]string{"-c"}, c.args...)
		co, exc = runtime.CompileSource([]byte(c.command), filename, syntax.ModeExec)
	case c.hasMod:
		fmt.Fprintf(stderr, "%s: -m is not supported yet\n", prog)
		return exitUsage
	case c.script != "":
		filename = scriptPath(c.script)
		var err error
		src, err = os.ReadFile(c.script)
		if err != nil {
			fmt.Fprintf(stderr, "%s: can't open file %s: %s\n", prog, pyQuote(filename), errnoText(err))
			return exitUsage
		}
		runtime.SysArgv = append([]string{c.script}, c.args...)
		runtime.ScriptDir = filepath.Dir(filename)
		co, exc = compileScript(src, filename)
	default:
		filename = "<stdin>"
		var err error
		if src, err = io.ReadAll(stdin); err != nil {
			fmt.Fprintf(stderr, "%s: can't read stdin: %v\n", prog, err)
			return exitUsage
		}
		runtime.SysArgv = append([]string{""}, c.args...)
		co, exc = compileScript(src, filename)
	}
	if exc == nil {
		main := runtime.NewModule("__main__")
		if c.script != "" {
			main.Dict.SetStr(runtime.Intern("__file__"), runtime.StrValue(filename))
		}
		runtime.RegisterMain(main)
		_, exc = runtime.RunCode(co, main.Dict, runtime.Value{})
	}
	runtime.Stdout.Flush()
	if exc == nil {
		return exitOK
	}
	return reportUncaught(exc, stderr)
}

// compileScript compiles a script read through the file tokenizer.
func compileScript(src []byte, filename string) (*runtime.Code, *runtime.Exception) {
	res, serr := syntax.ParseScript(src, filename)
	if serr != nil {
		return nil, runtime.SyntaxErrorException(serr)
	}
	return runtime.CompileTree(res.Tree, filename)
}

// reportUncaught prints an uncaught exception and returns the exit status;
// SystemExit exits quietly with its code.
func reportUncaught(exc *runtime.Exception, stderr io.Writer) int {
	if exc.Matches(runtime.SystemExitType) {
		return runtime.SystemExitCode(exc, stderr)
	}
	if serr := runtime.SyntaxErrorOf(exc); serr != nil && exc.Traceback == nil {
		io.WriteString(stderr, syntax.FormatSyntaxError(serr))
		return exitError
	}
	runtime.PrintException(stderr, exc)
	return exitError
}

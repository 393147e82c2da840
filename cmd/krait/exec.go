// This file defines runProgram, which runs a script, -c code or stdin on
// the runtime and reports an uncaught exception as python3 does.

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"unicode/utf8"

	"krait/internal/hugeheap"
	"krait/internal/nopoll"
	pyio "krait/modules/io"
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
	if path := os.Getenv("KRAIT_MEMPROFILE"); path != "" {
		defer writeHeapProfile(path)
	}
	if f := memStatsAtExit(stderr); f != nil { // heap19_memstats.go
		defer f()
	}
	stdlib := findStdlib(c.flags['E'] > 0 || c.flags['I'] > 0, prog)
	if stdlib == "" {
		// Programs that import nothing from the standard library still
		// run; the first failed import explains what is missing.
		runtime.MissingStdlibHint = missingStdlibText
	}
	configure(c, append([]string{prog}, c.rawArgs...), stdlib)
	if utf8ModeError != "" {
		fmt.Fprintf(stderr, "Fatal Python error: preconfig_init_utf8_mode: %s\nPython runtime state: preinitializing\n\n", utf8ModeError)
		return 1
	}
	if msg := configureIntMaxStrDigits(c); msg != "" {
		fmt.Fprintf(stderr, "Fatal Python error: config_init_int_max_str_digits: %s: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n", msg)
		return 1
	}
	var src []byte
	var filename string
	var co *runtime.Code
	var exc *runtime.Exception
	runtime.SysArgv = osDecodeAll(programArgv(c))
	// __main__ exists from the start, as in CPython (runpy's -m needs it).
	main := runtime.NewModule("__main__")
	// CPython's add_main_module gives __main__ an empty __annotations__.
	main.Dict.SetStr(runtime.Intern("__annotations__"), runtime.NewDict().Value())
	main.Dict.SetStr(runtime.Intern("__builtins__"), runtime.BuiltinsModule().Value())
	runtime.RegisterMain(main)
	if exc = startInterpreter(c); exc != nil {
		return finish(exc, stderr)
	}
	setMainLoader(main, "_frozen_importlib", "BuiltinImporter") // main_module.go
	hugeheap.Pause()                                            // start-up is over; the program's imports advise again
	// No dropInitPages here: the one after Go's package initialization
	// (main.go) already keeps the peak down, and a second pass over pages
	// start-up has just used cost ~1 ms of every start (bench/RESULTS.md
	// notes); the GC policy drops them again when the heap grows.
	switch {
	case c.hasCmd:
		if msg := undecodableCommand(c.command); msg != "" {
			fmt.Fprintf(stderr, "Unable to decode the command from the command line:\n%s\n", msg)
			finish(nil, stderr)
			return 1
		}
		filename = "<string>"
		co, exc = runtime.CompileSourceString(c.command, filename, syntax.ModeExec)
	case c.hasMod:
		return finishInspect(c, main, runModule(c.module), stderr)
	case c.script != "" && mainImporter:
		return finishInspect(c, main, runMainImporter(), stderr)
	case c.script != "":
		filename = osDecode(scriptPath(c.script))
		var err error
		src, err = nopoll.ReadFile(c.script)
		if err != nil {
			fmt.Fprintf(stderr, "%s: can't open file %s: %s\n", prog, pyQuote(filename), errnoText(err))
			return exitUsage
		}
		runtime.ScriptDir = filepath.Dir(filename)
		code := src
		if c.flags['x'] > 0 {
			code = skipFirstLine(src)
		}
		co, exc = compileScriptOrPyc(code, filename)
	case c.flags['i'] > 0 || stdinIsTerminal():
		return finish(runREPL(main, true, c.flags['q'] > 0), stderr)
	default:
		filename = "<stdin>"
		var err error
		if src, err = io.ReadAll(stdin); err != nil {
			fmt.Fprintf(stderr, "%s: can't read stdin: %v\n", prog, err)
			return exitUsage
		}
		co, exc = compileScript(src, filename)
	}
	if exc == nil {
		if c.script != "" || filename == "<stdin>" {
			setScriptLoader(main, filename, src)
		}
		_, exc = runtime.RunCode(co, main.Dict, runtime.Value{})
	}
	if c.script != "" || filename == "<stdin>" {
		runtime.FlushIO() // stdlib19_flushio.go
	}
	return finishInspect(c, main, exc, stderr)
}

// finishInspect enters interactive mode after the program when -i or
// PYTHONINSPECT asks for it (after printing the program's uncaught
// exception, as CPython does; with inspection on even SystemExit is only
// reported, as _Py_HandleSystemExit does), then finishes.
func finishInspect(c *cmdline, main *runtime.Module, exc *runtime.Exception, stderr io.Writer) int {
	if runtime.SysConfig.Flags.Inspect == 0 {
		return finish(exc, stderr)
	}
	status := exitOK
	if exc != nil {
		status = reportTraceback(exc, stderr)
	}
	if c.flags['i'] == 0 && !stdinIsTerminal() {
		// PYTHONINSPECT alone wants a terminal, as CPython's pymain_repl.
		if code := finish(nil, stderr); status == exitOK {
			return code
		}
		return status
	}
	return finish(runREPL(main, false, c.flags['q'] > 0), stderr)
}

// finish reports an uncaught exception and shuts the interpreter down as
// CPython's Py_FinalizeEx: wait for non-daemon threads, run the atexit
// callbacks, flush sys.stdout and sys.stderr (exit status 120 if stdout
// cannot be flushed), then flush and close files left open.
func finish(exc *runtime.Exception, stderr io.Writer) int {
	code := exitOK
	if exc != nil {
		code = reportUncaught(exc, stderr)
	}
	runtime.Finalize()
	runtime.SetFinalizing()
	if runtime.FlushStdFiles() && code == exitOK {
		code = 120
	}
	pyio.FlushAll()
	return code
}

// runModule runs a module as __main__ the way -m does, through runpy.
func runModule(name string) *runtime.Exception {
	runpy, exc := runtime.ImportModule("runpy")
	if exc != nil {
		return exc
	}
	_, exc = runtime.CallMethod(runpy, "_run_module_as_main", runtime.StrValue(name), runtime.True)
	return exc
}

// programArgv is the initial sys.argv.
func programArgv(c *cmdline) []string {
	switch {
	case c.hasCmd:
		return append([]string{"-c"}, c.args...)
	case c.hasMod:
		return append([]string{"-m"}, c.args...)
	case c.script != "":
		return append([]string{c.script}, c.args...)
	case c.dash:
		return append([]string{"-"}, c.args...)
	}
	return append([]string{""}, c.args...)
}

// compileScript compiles a script read through the file tokenizer.
func compileScript(src []byte, filename string) (*runtime.Code, *runtime.Exception) {
	res, serr := syntax.ParseScript(src, filename)
	if serr != nil {
		return nil, runtime.SyntaxErrorException(serr)
	}
	return runtime.CompileResult(res, filename)
}

// reportUncaught prints an uncaught exception and returns the exit status;
// SystemExit exits quietly with its code.
func reportUncaught(exc *runtime.Exception, stderr io.Writer) int {
	if exc.Matches(runtime.SystemExitType) {
		return runtime.SystemExitCode(exc, stderr)
	}
	return reportTraceback(exc, stderr)
}

// reportTraceback prints exc through sys.excepthook (or as CPython's
// default hook does) and returns the exit status it implies.
func reportTraceback(exc *runtime.Exception, stderr io.Writer) int {
	status := exitError
	if exc.Matches(runtime.KeyboardInterruptType) {
		status = 130 // 128 + SIGINT, as CPython
		unhandledKeyboardInterrupt = true
	}
	if handled, _ := runtime.CallUserExcepthook(exc); handled {
		return status
	}
	if serr := runtime.SyntaxErrorOf(exc); serr != nil && exc.Traceback == nil {
		io.WriteString(stderr, syntax.FormatSyntaxError(serr))
		return status
	}
	runtime.PrintException(stderr, exc)
	return status
}

// undecodableCommand is the UnicodeEncodeError CPython's run_command
// reports when the -c code, decoded with surrogateescape, does not encode
// back to UTF-8 (it holds bytes that are not UTF-8), or "".
func undecodableCommand(cmd string) string {
	if utf8.ValidString(cmd) {
		return ""
	}
	if _, err := runtime.Encode(osDecode(cmd), "utf-8", "strict"); err != nil {
		return err.Error()
	}
	return ""
}

// skipFirstLine is -x: the script's first line is dropped but its newline
// kept, so line numbers stay those of the file, as in CPython.
func skipFirstLine(src []byte) []byte {
	if i := bytes.IndexByte(src, '\n'); i >= 0 {
		return src[i:]
	}
	return nil
}

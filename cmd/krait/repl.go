// This file defines interactive mode: the read-eval-print loop that -i (and
// PYTHONINSPECT) enter after the program, and that a run without a program
// enters when stdin is a terminal. It is code.InteractiveConsole with
// CPython's prompts on stderr, sys.ps1/sys.ps2, "<stdin>" as the file name
// in tracebacks, and stdout flushed before each prompt.

package main

import (
	"syscall"
	"unsafe"

	"krait/runtime"
	"krait/syntax"
)

const replSource = `
def _repl(main_dict, banner):
    import sys, code
    if not hasattr(sys, "ps1"):
        sys.ps1 = ">>> "
    if not hasattr(sys, "ps2"):
        sys.ps2 = "... "
    class Console(code.InteractiveConsole):
        def runcode(self, code):
            # CPython flushes stdout after each statement (flush_io), not
            # before the prompt: what -c printed shows after the first one.
            try:
                super().runcode(code)
            finally:
                try:
                    sys.stdout.flush()
                except Exception:
                    pass
        def raw_input(self, prompt=""):
            sys.stderr.write(prompt)
            sys.stderr.flush()
            try:
                line = sys.stdin.readline()
            except OSError:
                line = ""  # stdin closed under us: CPython's reader sees EOF
            if not line:
                raise EOFError
            return line[:-1] if line.endswith("\n") else line
        def write(self, data):
            sys.stderr.write(data)
    Console(main_dict, filename="<stdin>").interact(banner=banner, exitmsg="")
`

// bannerText is what interactive mode prints first when it is not entered
// after a program (unless -q).
const bannerText = "Python " + pythonVersion + " (Krait) on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information."

// runREPL runs interactive mode in __main__'s namespace.
func runREPL(main *runtime.Module, banner bool, quiet bool) *runtime.Exception {
	co, exc := runtime.CompileSource([]byte(replSource), "<krait repl>", syntax.ModeExec)
	if exc != nil {
		return exc
	}
	ns := runtime.NewDict()
	ns.SetStr(runtime.Intern("__builtins__"), runtime.BuiltinsModule().Value())
	if _, exc := runtime.RunCode(co, ns, runtime.Value{}); exc != nil {
		return exc
	}
	b := runtime.StrValue("")
	if banner && !quiet {
		b = runtime.StrValue(bannerText)
	}
	fn, _ := ns.GetStr(runtime.Intern("_repl"))
	_, exc = runtime.Call(fn, []runtime.Value{main.Dict.Value(), b}, nil)
	return exc
}

// stdinIsTerminal reports whether file descriptor 0 is a terminal.
func stdinIsTerminal() bool {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, 0, syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return e == 0
}

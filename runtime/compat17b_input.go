// This file lets the readline module edit the lines input() reads at a
// terminal: CPython's input() hands its prompt to PyOS_Readline (GNU
// readline once the module is imported) when sys.stdin and sys.stdout are
// the process's own streams on terminals.

package runtime

// InputEditHook, set by the readline module when imported, reads one line
// at the terminal with line editing after showing prompt. It returns the
// line without its newline; eof is true when the input ended (Ctrl-D on an
// empty line), and an error is a KeyboardInterrupt (Ctrl-C).
var InputEditHook func(prompt string) (line string, eof bool, err *Exception)

// editedInput reports whether input() should read through InputEditHook:
// the hook is set and both standard streams are the original terminals.
func editedInput() bool {
	if InputEditHook == nil || !isTerminal(0) || !isTerminal(1) {
		return false
	}
	return sysGet("stdin") == sysGet("__stdin__") && sysGet("stdout") == sysGet("__stdout__")
}

// editInput is input(prompt) through the line editor.
func editInput(prompt Value) (Value, *Exception) {
	p := ""
	if !prompt.IsNull() {
		s, err := StrOf(prompt)
		if err != nil {
			return Value{}, err
		}
		p = s.S
	}
	flushStdout()
	if errw := sysGet("stderr"); !errw.IsNull() && !errw.IsNone() && errw.Type() != StdStreamType {
		callMethodByName(errw, "flush") // CPython ignores this flush's failure too
	}
	line, eof, err := InputEditHook(p)
	if err != nil {
		return Value{}, err
	}
	if eof {
		return Value{}, NewExceptionMsg(exceptionTypeByName["EOFError"], "EOF when reading a line")
	}
	noteInputLine(line) // compat11b_input.go: readline's auto history
	return StrValue(line), nil
}

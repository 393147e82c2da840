// This file is the line editor input() uses at a terminal once readline is
// imported: it puts the terminal in non-canonical mode, reads keys, runs
// the commands or macros they are bound to (compat17b_bind.go), completes
// words through the completer (compat17b_complete.go), walks the history
// and calls the startup and pre-input hooks, as GNU readline in emacs mode.
package readline

import (
	"fmt"
	"strings"
	"syscall"
	"unicode/utf8"
	"unsafe"

	"krait/runtime"
)

// editor is the line being edited; ed is non-nil while input() reads.
type editor struct {
	prompt   string
	buf      []rune
	pos      int
	pending  []byte // bytes to read before the terminal's: macro text
	histPos  int    // index in state.history; len(history) is the new line
	saved    []rune // the new line while the history is walked
	lastTab  bool   // the previous command was complete
	changed  bool   // and it changed the line
	finished bool
	eof      bool // Ctrl-D on an empty line
}

var ed *editor

// lineBuffer is readline.get_line_buffer(): the line being edited, or the
// text insert_text left when no line is.
var lineBuffer []rune

func ioctl(fd int, req uintptr, t *syscall.Termios) syscall.Errno {
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), req, uintptr(unsafe.Pointer(t)))
	return e
}

// readLine is runtime.InputEditHook.
func readLine(prompt string) (string, bool, *runtime.Exception) {
	var saved syscall.Termios
	if ioctl(0, syscall.TCGETS, &saved) != 0 {
		return "", true, nil
	}
	raw := saved
	raw.Lflag &^= syscall.ICANON | syscall.ECHO | syscall.IEXTEN // Ctrl-C still signals
	raw.Iflag &^= syscall.IXON | syscall.ICRNL
	raw.Cc[syscall.VMIN], raw.Cc[syscall.VTIME] = 1, 0
	ioctl(0, tcsetsw, &raw)
	defer ioctl(0, tcsetsw, &saved)

	e := &editor{prompt: prompt, buf: lineBuffer, histPos: len(state.history)}
	e.pos = len(e.buf)
	lineBuffer = nil
	ed = e
	defer func() { ed = nil }()
	callHook(state.startupHook)
	e.redraw()
	callHook(state.preInputHook)
	for !e.finished {
		key, ok, err := e.readKey()
		if err != nil {
			write("\n")
			return "", false, err
		}
		if !ok {
			if len(e.buf) == 0 {
				write("\n")
				return "", true, nil
			}
			break
		}
		if err := e.dispatch(key); err != nil {
			return "", false, err
		}
	}
	return string(e.buf), e.eof, nil
}

// write puts s on the terminal.
func write(s string) {
	for b := []byte(s); len(b) > 0; {
		n, err := syscall.Write(1, b)
		if err != nil && err != syscall.EINTR {
			return
		}
		b = b[max(n, 0):]
	}
}

// readByte returns the next input byte: macro text first, then the
// terminal's; false at end of input. While it waits, signal handlers run
// (with the GIL released), and what one raises (KeyboardInterrupt for
// Ctrl-C) ends the line.
func (e *editor) readByte() (byte, bool, *runtime.Exception) {
	if len(e.pending) > 0 {
		c := e.pending[0]
		e.pending = e.pending[1:]
		return c, true, nil
	}
	var b [1]byte
	for {
		if exc := runtime.WaitFd(0, false); exc != nil {
			return 0, false, exc
		}
		var n int
		var err error
		runtime.BlockingCall(func() { n, err = syscall.Read(0, b[:]) })
		if err == syscall.EINTR || err == syscall.EAGAIN {
			continue
		}
		if n != 1 {
			return 0, false, nil
		}
		return b[0], true, nil
	}
}

// readKey reads one key: a bound sequence, or one character (all the bytes
// of a UTF-8 encoded one).
func (e *editor) readKey() (string, bool, *runtime.Exception) {
	c, ok, err := e.readByte()
	if !ok {
		return "", false, err
	}
	seq := string([]byte{c})
	for isPrefix(seq) {
		c, ok, err := e.readByte()
		if !ok {
			return seq, err == nil, err
		}
		seq += string([]byte{c})
	}
	if _, bound := bindings[seq]; bound || seq[0] < 0xc0 || len(seq) > 1 {
		return seq, true, nil
	}
	for !utf8.FullRuneInString(seq) {
		c, ok, err := e.readByte()
		if !ok {
			return seq, err == nil, err
		}
		seq += string([]byte{c})
	}
	return seq, true, nil
}

// dispatch runs what key is bound to, or inserts it.
func (e *editor) dispatch(key string) *runtime.Exception {
	b, bound := bindings[key]
	wasTab := e.lastTab && !e.changed
	e.lastTab = false
	switch {
	case bound && b.macro != "":
		e.pending = append([]byte(b.macro), e.pending...)
	case bound:
		return e.command(b.command, wasTab)
	case key[0] >= ' ' && key[0] != 0x7f:
		e.insert([]rune(key))
	}
	return nil
}

// command runs a named readline command; unknown ones do nothing.
func (e *editor) command(name string, wasTab bool) *runtime.Exception {
	switch name {
	case "accept-line":
		if e.pos != len(e.buf) {
			e.pos = len(e.buf)
			e.redraw()
		}
		write("\n")
		e.finished = true
	case "interrupt":
		write("\n")
		return runtime.NewException(runtime.KeyboardInterruptType)
	case "beginning-of-line":
		e.pos = 0
	case "end-of-line":
		e.pos = len(e.buf)
	case "backward-char":
		e.pos = max(e.pos-1, 0)
	case "forward-char":
		e.pos = min(e.pos+1, len(e.buf))
	case "backward-delete-char":
		if e.pos > 0 {
			e.buf = append(e.buf[:e.pos-1], e.buf[e.pos:]...)
			e.pos--
		}
	case "delete-char":
		if len(e.buf) == 0 {
			e.eof, e.finished = true, true
			write("\n")
			return nil
		}
		if e.pos < len(e.buf) {
			e.buf = append(e.buf[:e.pos], e.buf[e.pos+1:]...)
		}
	case "kill-line":
		e.buf = e.buf[:e.pos]
	case "unix-line-discard":
		e.buf = append([]rune(nil), e.buf[e.pos:]...)
		e.pos = 0
	case "unix-word-rubout":
		i := e.pos
		for i > 0 && e.buf[i-1] == ' ' {
			i--
		}
		for i > 0 && e.buf[i-1] != ' ' {
			i--
		}
		e.buf = append(e.buf[:i], e.buf[e.pos:]...)
		e.pos = i
	case "previous-history":
		e.walkHistory(-1)
	case "next-history":
		e.walkHistory(1)
	case "complete", "menu-complete":
		e.lastTab = true
		e.changed = e.complete(wasTab)
	case "self-insert":
		e.insert([]rune{'\t'})
	}
	if !e.finished {
		e.redraw()
	}
	return nil
}

// insert puts text at the cursor.
func (e *editor) insert(text []rune) {
	e.buf = append(e.buf[:e.pos], append(append([]rune(nil), text...), e.buf[e.pos:]...)...)
	e.pos += len(text)
}

// walkHistory moves by step through the history.
func (e *editor) walkHistory(step int) {
	n := e.histPos + step
	if n < 0 || n > len(state.history) {
		return
	}
	if e.histPos == len(state.history) {
		e.saved = e.buf
	}
	e.histPos = n
	if n == len(state.history) {
		e.buf = e.saved
	} else {
		e.buf = []rune(state.history[n])
	}
	e.pos = len(e.buf)
}

// redraw shows the prompt and the line, with the cursor in place.
func (e *editor) redraw() {
	var b strings.Builder
	b.WriteString("\r")
	b.WriteString(e.prompt)
	b.WriteString(string(e.buf))
	b.WriteString("\x1b[K")
	if back := len(e.buf) - e.pos; back > 0 {
		fmt.Fprintf(&b, "\x1b[%dD", back)
	}
	write(b.String())
}

// callHook calls a startup or pre-input hook; its errors are dropped, as
// CPython's readline module drops them.
func callHook(f runtime.Value) {
	if f.IsNull() || f.IsNone() {
		return
	}
	runtime.Call(f, nil, nil)
}

func insert_text(_ value, a []value) (value, *exc) {
	s, err := strArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	if ed != nil {
		ed.insert([]rune(s))
	} else {
		lineBuffer = append(lineBuffer, []rune(s)...)
	}
	return runtime.None, nil
}

func redisplay(value, []value) (value, *exc) {
	if ed != nil {
		ed.redraw()
	}
	return runtime.None, nil
}

func get_line_buffer(value, []value) (value, *exc) {
	if ed != nil {
		return runtime.StrValue(string(ed.buf)), nil
	}
	return runtime.StrValue(string(lineBuffer)), nil
}

// tcsetsw is Linux's TCSETSW ioctl: set the attributes once output drains.
const tcsetsw = 0x5403

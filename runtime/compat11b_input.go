// This file lets the readline module see the lines input() reads at a
// terminal, as CPython's input() reads them through PyOS_Readline when
// sys.stdin and sys.stdout are the process's terminal (fds 0 and 1).

package runtime

import (
	"syscall"
	"unsafe"
)

// InputLineHook, set by the readline module when imported, receives each
// line (without its newline) that input() reads interactively.
var InputLineHook func(line string)

// noteInputLine passes line to InputLineHook when input() is interactive:
// sys.stdin and sys.stdout are the original streams, on terminals.
func noteInputLine(line string) {
	if InputLineHook == nil || !isTerminal(0) || !isTerminal(1) {
		return
	}
	if sysGet("stdin") != sysGet("__stdin__") || sysGet("stdout") != sysGet("__stdout__") {
		return
	}
	InputLineHook(line)
}

// isTerminal reports whether fd is a terminal (TCGETS succeeds).
func isTerminal(fd int) bool {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TCGETS, uintptr(unsafe.Pointer(&t)))
	return e == 0
}

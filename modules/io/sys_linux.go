// This file defines the terminal check behind isatty() on Linux.

package pyio

import (
	"syscall"
	"unsafe"
)

// ioctlGetTermios reads the terminal attributes of fd; it fails for
// descriptors that are not terminals.
func ioctlGetTermios(fd int) (*syscall.Termios, error) {
	var t syscall.Termios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), uintptr(syscall.TCGETS), uintptr(unsafe.Pointer(&t)))
	if e != 0 {
		return nil, e
	}
	return &t, nil
}

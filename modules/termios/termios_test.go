// This file checks the kernel ABI the module relies on.
package termios

import (
	"os"
	"syscall"
	"testing"
	"unsafe"
)

// TestKernelTermiosLayout checks that kernelTermios has the size of the
// kernel's struct termios (TCGETS writes exactly that many bytes).
func TestKernelTermiosLayout(t *testing.T) {
	if got := unsafe.Sizeof(kernelTermios{}); got != 36 {
		t.Fatalf("sizeof(kernelTermios) = %d, want 36", got)
	}
}

// TestTCGETSOnNonTTY checks that TCGETS on /dev/null fails with ENOTTY,
// the error tcgetattr reports as termios.error(25, ...).
func TestTCGETSOnNonTTY(t *testing.T) {
	f, err := os.Open("/dev/null")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	var kt kernelTermios
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, f.Fd(), syscall.TCGETS, uintptr(unsafe.Pointer(&kt)))
	if e != syscall.ENOTTY {
		t.Fatalf("TCGETS on /dev/null: %v, want ENOTTY", e)
	}
}

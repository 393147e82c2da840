// This file defines os.login_tty (new in 3.11), which glibc's libutil
// provides in C: the terminal becomes the caller's controlling terminal
// and its standard streams.

package posix

import (
	"syscall"

	"krait/runtime"
)

func posix_login_tty(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	fd, err := runtime.AsFileDescriptor(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := loginTTY(fd); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

// loginTTY is login_tty(3): a new session, fd its controlling terminal,
// then fd on descriptors 0, 1 and 2.
func loginTTY(fd int) error {
	if _, err := syscall.Setsid(); err != nil {
		return err
	}
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.TIOCSCTTY, 0); e != 0 {
		return e
	}
	for target := 0; target <= 2; target++ {
		if err := syscall.Dup3(fd, target, 0); err != nil && fd != target {
			return err
		}
	}
	if fd > 2 {
		return syscall.Close(fd)
	}
	return nil
}

// This file defines the exceptions the _io module raises: OSError from an
// errno, UnsupportedOperation, and the ValueErrors for closed or detached
// objects, with CPython's messages.

package pyio

import (
	"errors"
	"syscall"

	rt "krait/runtime"
)

// unsupportedOperation is _io.UnsupportedOperation, a subclass of OSError
// and ValueError created as a heap class when the module is first built.
var unsupportedOperation *rt.Type

// blockingIOError is the builtin BlockingIOError.
var blockingIOError *rt.Type

// unsupported returns UnsupportedOperation(msg).
func unsupported(msg string) *rt.Exception {
	return rt.NewExceptionMsg(unsupportedOperation, msg)
}

// errClosed is the ValueError of operations on a closed file.
func errClosed() *rt.Exception { return rt.NewValueError("I/O operation on closed file.") }

// errClosedFile is FileIO's variant of errClosed.
func errClosedFile() *rt.Exception { return rt.NewValueError("I/O operation on closed file") }

// oserr converts an error of a system call to the OSError CPython raises;
// filename may be the null Value.
func oserr(err error, filename rt.Value) *rt.Exception {
	var en syscall.Errno
	if errors.As(err, &en) {
		return rt.NewOSError(int(en), filename, rt.Value{})
	}
	return rt.NewExceptionMsg(rt.OSErrorType, err.Error())
}

// makeUnsupportedOperation builds the UnsupportedOperation class the way
// CPython's module init does: type('UnsupportedOperation', (OSError,
// ValueError), {}), with __module__ 'io' as io.py sets it.
func makeUnsupportedOperation() *rt.Type {
	return rt.NewExceptionClass("io", "UnsupportedOperation", "", rt.OSErrorType, rt.ValueErrorType)
}

// This file defines how failed system calls become OSError: with the path
// argument as filename (two for rename-like calls), or without one.

package posix

import "krait/runtime"

// osError raises for a failed call that names no file.
func osError(err error) *runtime.Exception {
	return runtime.NewOSErrorFromGo(err, runtime.Value{}, runtime.Value{})
}

// pathError raises for a failed call on p.
func pathError(err error, p *pathArg) *runtime.Exception {
	return runtime.NewOSErrorFromGo(err, p.obj, runtime.Value{})
}

// pathError2 raises for a failed call on two paths (rename, link).
func pathError2(err error, p, q *pathArg) *runtime.Exception {
	return runtime.NewOSErrorFromGo(err, p.obj, q.obj)
}

// fdArg converts a file descriptor argument.
func fdArg(v runtime.Value) (int, *runtime.Exception) {
	return runtime.CIntConverter(v)
}

// This file defines ReclaimFds: CPython closes a file or socket when its
// last reference goes, so `open(p).read()` in a loop never runs out of
// descriptors; Krait's unreachable file objects keep theirs until a
// collection finalizes them, and a loop allocating little may not trigger
// one before the process limit is reached.

package runtime

import "syscall"

// ReclaimFds reports whether err says the process or system ran out of
// file descriptors; when it does, it first runs a full collection with its
// finalizers (as gc.collect()), which closes the descriptors of the file
// objects and sockets nothing references, so the caller can retry once.
// The caller must hold the GIL.
func ReclaimFds(err error) bool {
	if err != syscall.EMFILE && err != syscall.ENFILE {
		return false
	}
	Collect()
	return true
}

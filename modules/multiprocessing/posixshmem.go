// This file defines the _posixshmem module (shm_open, shm_unlink) that
// multiprocessing.shared_memory and the resource tracker import: POSIX
// shared memory objects are files in /dev/shm, opened as glibc does.

package multiprocessing

import (
	"strings"
	"syscall"

	kr "krait/runtime"
)

// PosixShmemModule is _posixshmem.
var PosixShmemModule = &kr.ModuleDef{
	Name: "_posixshmem",
	Doc:  "POSIX shared memory module",
	Methods: []kr.Method{
		{Name: "shm_open", Sig: "path, flags, mode=", Fn: posixshmem_shm_open},
		{Name: "shm_unlink", Sig: "path", Fn: posixshmem_shm_unlink},
	},
}

// shmPath maps a shared memory object's name to its file, or "" for a name
// glibc rejects (EINVAL): one leading slash at most, no other slash.
func shmPath(name string) string {
	n := strings.TrimLeft(name, "/")
	if n == "" || strings.Contains(n, "/") || n == "." || n == ".." {
		return ""
	}
	return "/dev/shm/" + n
}

func shmName(v kr.Value, fn string) (string, *kr.Exception) {
	s, ok := v.TryStr()
	if !ok {
		return "", kr.NewTypeError("%s() argument 'path' must be str, not %s", fn, v.Type().Name)
	}
	return s.S, nil
}

func posixshmem_shm_open(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	name, err := shmName(a[0], "shm_open")
	if err != nil {
		return kr.Value{}, err
	}
	flags, err := kr.IndexInt64(a[1], "")
	if err != nil {
		return kr.Value{}, err
	}
	mode := int64(0o777)
	if !a[2].IsNull() {
		if mode, err = kr.IndexInt64(a[2], ""); err != nil {
			return kr.Value{}, err
		}
	}
	path := shmPath(name)
	if path == "" {
		return kr.Value{}, kr.NewOSError(int(syscall.EINVAL), a[0], kr.Value{})
	}
	var fd int
	var gerr error
	for {
		fd, gerr = syscall.Open(path, int(flags)|syscall.O_NOFOLLOW|syscall.O_CLOEXEC, uint32(mode))
		if gerr != syscall.EINTR {
			break
		}
		if e := kr.CheckEvalBreaker(); e != nil {
			return kr.Value{}, e
		}
	}
	if gerr != nil {
		return kr.Value{}, kr.NewOSErrorFromGo(gerr, a[0], kr.Value{})
	}
	return kr.Int(int64(fd)), nil
}

func posixshmem_shm_unlink(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	name, err := shmName(a[0], "shm_unlink")
	if err != nil {
		return kr.Value{}, err
	}
	path := shmPath(name)
	if path == "" {
		return kr.Value{}, kr.NewOSError(int(syscall.ENOENT), a[0], kr.Value{})
	}
	if gerr := syscall.Unlink(path); gerr != nil {
		return kr.Value{}, kr.NewOSErrorFromGo(gerr, a[0], kr.Value{})
	}
	return kr.None, nil
}

// Package nopoll opens and reads regular files without Go's network
// poller. os.Open registers every file it opens with the poller, and the
// first registration creates an epoll and an eventfd descriptor that stay
// open for the life of the process: a Python program would then find
// descriptors 4 and 5 taken (os.open returns 3, 6, 7, ... where CPython
// returns 3, 4, 5) and a child process would inherit none of CPython's
// expectations (test_subprocess' pass_fds checks). Files opened here are
// plain blocking descriptors, which also saves the five fcntl/epoll_ctl
// calls os.Open makes per file (Krait reads two files per import).
package nopoll

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
)

// open is open(2) with O_CLOEXEC, retried on EINTR.
func open(name string, flags int, perm uint32) (int, error) {
	for {
		fd, err := syscall.Open(name, flags|syscall.O_CLOEXEC, perm)
		if err != syscall.EINTR {
			if err != nil {
				return -1, &os.PathError{Op: "open", Path: name, Err: err}
			}
			return fd, nil
		}
	}
}

// Open opens name for reading, as os.Open does.
func Open(name string) (*os.File, error) {
	fd, err := open(name, syscall.O_RDONLY, 0)
	if err != nil {
		return nil, err
	}
	return os.NewFile(uintptr(fd), name), nil
}

// ReadFile returns the contents of name, as os.ReadFile does.
func ReadFile(name string) ([]byte, error) {
	fd, err := open(name, syscall.O_RDONLY, 0)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	size := 512
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) == nil && st.Size > 0 && st.Size < 1<<30 {
		size = int(st.Size) + 1 // one more byte: EOF shows without a regrow
	}
	data := make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := syscall.Read(fd, data[len(data):cap(data)])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "read", Path: name, Err: err}
		}
		if n == 0 {
			return data, nil
		}
		data = data[:len(data)+n]
	}
}

var tempSeq atomic.Uint32

// CreateTemp creates a new file in dir for reading and writing, named by
// pattern with its last "*" replaced by a random string, as os.CreateTemp
// does (dir must not be empty).
func CreateTemp(dir, pattern string) (*os.File, error) {
	prefix, suffix := pattern, ""
	if i := strings.LastIndexByte(pattern, '*'); i >= 0 {
		prefix, suffix = pattern[:i], pattern[i+1:]
	}
	seed := uint32(time.Now().UnixNano()) ^ uint32(os.Getpid())<<16
	for try := 0; try < 10000; try++ {
		r := seed + tempSeq.Add(1)*2654435761
		name := dir + "/" + prefix + strconv.FormatUint(uint64(r), 10) + suffix
		fd, err := open(name, syscall.O_RDWR|syscall.O_CREAT|syscall.O_EXCL, 0o600)
		if err == nil {
			return os.NewFile(uintptr(fd), name), nil
		}
		if !errors.Is(err, syscall.EEXIST) {
			return nil, err
		}
	}
	return nil, &os.PathError{Op: "createtemp", Path: dir + "/" + pattern, Err: os.ErrExist}
}

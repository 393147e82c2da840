// This file maps .pyc files into memory read-only instead of reading them
// (Linux): the lazy code objects of a module (lazy14_code.go) keep their
// bodies in the file's pages, which the kernel shares with its page
// cache and maps several at a time, so that a module's unread function
// bodies cost neither a copy nor zeroed pages of Go heap. The mapping
// goes away once nothing refers to it (a cleanup on its pycFile).
//
// Krait replaces .pyc files by renaming a new file over them
// (writeFileAtomic), which leaves a mapped file's pages alone; a file
// truncated in place by another program would make reading the pages
// fault, which the readers turn into an error (SetPanicOnFault) instead
// of a crash.

//go:build linux

package runtime

import (
	goruntime "runtime"
	"syscall"

	"krait/internal/nopoll"
)

// pycMapMin is the smallest file that is mapped: a smaller one is read,
// since a mapping costs two system calls and an entry in the process's
// memory map.
const pycMapMin = 8 << 10

// pycFile is a mapped .pyc file, kept by the lazy code objects read from it.
type pycFile struct {
	data []byte
}

// readPycData returns the contents of the file at path, mapped when it is
// large enough (with the pycFile that keeps the mapping), else read.
func readPycData(path string) (*pycFile, []byte, error) {
	fd, err := syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	for err == syscall.EINTR {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	}
	if err != nil {
		return nil, nil, err
	}
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG ||
		st.Size < pycMapMin || st.Size > 1<<30 {
		syscall.Close(fd)
		data, err := nopoll.ReadFile(path)
		return nil, data, err
	}
	data, err := syscall.Mmap(fd, 0, int(st.Size), syscall.PROT_READ, syscall.MAP_PRIVATE)
	syscall.Close(fd)
	if err != nil {
		data, err := nopoll.ReadFile(path)
		return nil, data, err
	}
	f := &pycFile{data: data}
	goruntime.AddCleanup(f, func(d []byte) { syscall.Munmap(d) }, data)
	return f, data, nil
}

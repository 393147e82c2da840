// This file defines the mmap module object and its constants.

package mmap

import (
	"syscall"

	kr "krait/runtime"
)

// Module is mmap.
var Module = &kr.ModuleDef{Name: "mmap", Exec: mmap_exec}

// mmapConstants are the module's constants with Linux x86-64's values.
var mmapConstants = []struct {
	name string
	v    int64
}{
	{"ACCESS_DEFAULT", accessDefault}, {"ACCESS_READ", accessRead}, {"ACCESS_WRITE", accessWrite},
	{"ACCESS_COPY", accessCopy}, {"MAP_SHARED", syscall.MAP_SHARED}, {"MAP_PRIVATE", syscall.MAP_PRIVATE},
	{"MAP_ANON", syscall.MAP_ANON}, {"MAP_ANONYMOUS", syscall.MAP_ANONYMOUS},
	{"MAP_DENYWRITE", syscall.MAP_DENYWRITE}, {"MAP_EXECUTABLE", syscall.MAP_EXECUTABLE},
	{"MAP_POPULATE", syscall.MAP_POPULATE}, {"MAP_STACK", syscall.MAP_STACK},
	{"PROT_READ", syscall.PROT_READ}, {"PROT_WRITE", syscall.PROT_WRITE}, {"PROT_EXEC", syscall.PROT_EXEC},
	{"MADV_NORMAL", 0}, {"MADV_RANDOM", 1}, {"MADV_SEQUENTIAL", 2}, {"MADV_WILLNEED", 3},
	{"MADV_DONTNEED", 4}, {"MADV_FREE", 8}, {"MADV_REMOVE", 9}, {"MADV_DONTFORK", 10},
	{"MADV_DOFORK", 11}, {"MADV_MERGEABLE", 12}, {"MADV_UNMERGEABLE", 13}, {"MADV_HUGEPAGE", 14},
	{"MADV_NOHUGEPAGE", 15}, {"MADV_DONTDUMP", 16}, {"MADV_DODUMP", 17}, {"MADV_HWPOISON", 100},
}

func mmap_exec(m *kr.Module) *kr.Exception {
	mmapTypeOnce.Do(initMmapType)
	m.SetAttr("mmap", MmapType.Value())
	m.SetAttr("error", kr.OSErrorType.Value())
	page := int64(syscall.Getpagesize())
	m.SetAttr("PAGESIZE", kr.Int(page))
	m.SetAttr("ALLOCATIONGRANULARITY", kr.Int(page))
	for _, c := range mmapConstants {
		m.SetAttr(c.name, kr.Int(c.v))
	}
	return nil
}

// Package stat is CPython 3.11's _stat module: the S_* constants and
// S_IS* predicates on st_mode values, and filemode(); Lib/stat.py imports it.
package stat

import (
	"krait/runtime"
)

// Module is the _stat module.
var Module = &runtime.ModuleDef{
	Name:    "_stat",
	Doc:     statDoc,
	Methods: statMethods,
	Exec: func(m *runtime.Module) *runtime.Exception {
		for _, c := range statConstants {
			m.SetAttr(c.name, runtime.Int(c.value))
		}
		return nil
	},
}

const (
	sIFMT   = 0o170000
	sIFDIR  = 0o040000
	sIFCHR  = 0o020000
	sIFBLK  = 0o060000
	sIFREG  = 0o100000
	sIFIFO  = 0o010000
	sIFLNK  = 0o120000
	sIFSOCK = 0o140000
)

// modeArg converts a mode as CPython's _PyLong_AsMode_t.
func modeArg(v runtime.Value) (uint32, *runtime.Exception) {
	if v.Type().Flags&runtime.FlagIntSubclass == 0 {
		return 0, runtime.NewTypeError("an integer is required")
	}
	n, ok := runtime.IntOf(v)
	neg := n < 0
	if !ok {
		neg, _ = runtime.RichCompareBool(v, runtime.Int(0), runtime.Lt)
	}
	if neg {
		return 0, runtime.NewOverflowError("can't convert negative value to unsigned int")
	}
	if !ok {
		return 0, runtime.NewOverflowError("Python int too large to convert to C unsigned long")
	}
	if n > 1<<32-1 {
		return 0, runtime.NewOverflowError("mode out of range")
	}
	return uint32(n), nil
}

// isFn makes one S_IS* predicate.
func isFn(name string, typ uint32) runtime.Method {
	return runtime.Method{Name: name, Sig: "mode, /", Flags: runtime.MethO,
		Fn: func(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
			m, err := modeArg(a[0])
			if err != nil {
				return runtime.Value{}, err
			}
			return runtime.Bool(typ != 0 && m&sIFMT == typ), nil
		}}
}

var statMethods = []runtime.Method{
	isFn("S_ISDIR", sIFDIR), isFn("S_ISCHR", sIFCHR), isFn("S_ISBLK", sIFBLK), isFn("S_ISREG", sIFREG),
	isFn("S_ISFIFO", sIFIFO), isFn("S_ISLNK", sIFLNK), isFn("S_ISSOCK", sIFSOCK),
	isFn("S_ISDOOR", 0), isFn("S_ISPORT", 0), isFn("S_ISWHT", 0),
	{Name: "S_IMODE", Sig: "mode, /", Flags: runtime.MethO, Fn: func(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		m, err := modeArg(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.Int(int64(m & 0o7777)), nil
	}},
	{Name: "S_IFMT", Sig: "mode, /", Flags: runtime.MethO, Fn: func(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		m, err := modeArg(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.Int(int64(m & sIFMT)), nil
	}},
	{Name: "filemode", Sig: "mode, /", Flags: runtime.MethO, Fn: func(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		m, err := modeArg(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.StrValue(filemode(m)), nil
	}},
}

// filemode renders mode as ls -l does ("-rw-r--r--").
func filemode(m uint32) string {
	b := []byte("?---------")
	switch m & sIFMT {
	case sIFREG:
		b[0] = '-'
	case sIFDIR:
		b[0] = 'd'
	case sIFLNK:
		b[0] = 'l'
	case sIFBLK:
		b[0] = 'b'
	case sIFCHR:
		b[0] = 'c'
	case sIFIFO:
		b[0] = 'p'
	case sIFSOCK:
		b[0] = 's'
	}
	const rwx = "rwx"
	for i := 0; i < 9; i++ {
		if m&(1<<(8-i)) != 0 {
			b[1+i] = rwx[i%3]
		}
	}
	special := func(pos int, bit uint32, set, unset byte) {
		if m&bit != 0 {
			if b[pos] == 'x' {
				b[pos] = set
			} else {
				b[pos] = unset
			}
		}
	}
	special(3, 0o4000, 's', 'S')
	special(6, 0o2000, 's', 'S')
	special(9, 0o1000, 't', 'T')
	return string(b)
}

var statConstants = []struct {
	name  string
	value int64
}{
	{"S_IFDIR", 16384},
	{"S_IFCHR", 8192},
	{"S_IFBLK", 24576},
	{"S_IFREG", 32768},
	{"S_IFIFO", 4096},
	{"S_IFLNK", 40960},
	{"S_IFSOCK", 49152},
	{"S_IFDOOR", 0},
	{"S_IFPORT", 0},
	{"S_IFWHT", 0},
	{"S_ISUID", 2048},
	{"S_ISGID", 1024},
	{"S_ISVTX", 512},
	{"S_ENFMT", 1024},
	{"S_IREAD", 256},
	{"S_IWRITE", 128},
	{"S_IEXEC", 64},
	{"S_IRWXU", 448},
	{"S_IRUSR", 256},
	{"S_IWUSR", 128},
	{"S_IXUSR", 64},
	{"S_IRWXG", 56},
	{"S_IRGRP", 32},
	{"S_IWGRP", 16},
	{"S_IXGRP", 8},
	{"S_IRWXO", 7},
	{"S_IROTH", 4},
	{"S_IWOTH", 2},
	{"S_IXOTH", 1},
	{"UF_NODUMP", 1},
	{"UF_IMMUTABLE", 2},
	{"UF_APPEND", 4},
	{"UF_OPAQUE", 8},
	{"UF_NOUNLINK", 16},
	{"UF_COMPRESSED", 32},
	{"UF_HIDDEN", 32768},
	{"SF_ARCHIVED", 65536},
	{"SF_IMMUTABLE", 131072},
	{"SF_APPEND", 262144},
	{"SF_NOUNLINK", 1048576},
	{"SF_SNAPSHOT", 2097152},
	{"ST_MODE", 0},
	{"ST_INO", 1},
	{"ST_DEV", 2},
	{"ST_NLINK", 3},
	{"ST_UID", 4},
	{"ST_GID", 5},
	{"ST_SIZE", 6},
	{"ST_ATIME", 7},
	{"ST_MTIME", 8},
	{"ST_CTIME", 9},
}

const statDoc = "S_IFMT_: file type bits\nS_IFDIR: directory\nS_IFCHR: character device\nS_IFBLK: block device\nS_IFREG: regular file\nS_IFIFO: fifo (named pipe)\nS_IFLNK: symbolic link\nS_IFSOCK: socket file\nS_IFDOOR: door\nS_IFPORT: event port\nS_IFWHT: whiteout\n\nS_ISUID: set UID bit\nS_ISGID: set GID bit\nS_ENFMT: file locking enforcement\nS_ISVTX: sticky bit\nS_IREAD: Unix V7 synonym for S_IRUSR\nS_IWRITE: Unix V7 synonym for S_IWUSR\nS_IEXEC: Unix V7 synonym for S_IXUSR\nS_IRWXU: mask for owner permissions\nS_IRUSR: read by owner\nS_IWUSR: write by owner\nS_IXUSR: execute by owner\nS_IRWXG: mask for group permissions\nS_IRGRP: read by group\nS_IWGRP: write by group\nS_IXGRP: execute by group\nS_IRWXO: mask for others (not in group) permissions\nS_IROTH: read by others\nS_IWOTH: write by others\nS_IXOTH: execute by others\n\nUF_NODUMP: do not dump file\nUF_IMMUTABLE: file may not be changed\nUF_APPEND: file may only be appended to\nUF_OPAQUE: directory is opaque when viewed through a union stack\nUF_NOUNLINK: file may not be renamed or deleted\nUF_COMPRESSED: OS X: file is hfs-compressed\nUF_HIDDEN: OS X: file should not be displayed\nSF_ARCHIVED: file may be archived\nSF_IMMUTABLE: file may not be changed\nSF_APPEND: file may only be appended to\nSF_NOUNLINK: file may not be renamed or deleted\nSF_SNAPSHOT: file is a snapshot file\n\nST_MODE\nST_INO\nST_DEV\nST_NLINK\nST_UID\nST_GID\nST_SIZE\nST_ATIME\nST_MTIME\nST_CTIME\n\nFILE_ATTRIBUTE_*: Windows file attribute constants\n                   (only present on Windows)\n"

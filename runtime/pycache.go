// This file defines Krait's compiled-code cache on the Go side: the .pyc
// file format importlib uses (magic, flags, source mtime and size, then the
// marshalled code object), the cache paths cache_from_source computes
// (__pycache__/NAME.krait-311.pyc, or under sys.pycache_prefix), and
// loadSourceCached, which the runtime uses for the modules it compiles
// itself (importlib's bootstrap). Modules imported through importlib use the
// same files through CPython's own SourceFileLoader; pycache_private.go adds
// the per-user cache used when __pycache__ cannot be written.

package runtime

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"krait/internal/hugeheap"
	"krait/internal/nopoll"
	"krait/syntax"
)

// PycacheTag is sys.implementation.cache_tag: the middle of cached file
// names, NAME.krait-311.pyc.
const PycacheTag = "krait-311"

// pycHeaderSize is the size of a .pyc header: magic, flags, mtime, size.
const pycHeaderSize = 16

// PycachePrefix returns sys.pycache_prefix as configured at start-up: the
// value of -X pycache_prefix=PATH, else of PYTHONPYCACHEPREFIX (unless -E
// or -I), else "" for None.
func PycachePrefix() string {
	for _, x := range SysConfig.XOpts {
		if v, ok := strings.CutPrefix(x, "pycache_prefix="); ok {
			return v
		}
		if x == "pycache_prefix" {
			return "" // -X pycache_prefix without a value: None, whatever the environment says
		}
	}
	if SysConfig.Flags.IgnoreEnvironment == 0 {
		return os.Getenv("PYTHONPYCACHEPREFIX")
	}
	return ""
}

// pycachePrefixValue is sys.pycache_prefix's initial value.
func pycachePrefixValue() Value {
	if p := PycachePrefix(); p != "" {
		return StrValue(p)
	}
	return None
}

// cacheFileName is the cache file name for a source file name, as
// cache_from_source builds it for the current optimization level.
func cacheFileName(source string) string {
	tail := filepath.Base(source)
	base, rest := tail, ""
	if i := strings.LastIndexByte(tail, '.'); i >= 0 {
		base, rest = tail[:i], tail[i+1:]
	}
	if base == "" {
		base = rest
	}
	name := base + "." + PycacheTag
	if opt := SysConfig.Flags.Optimize; opt > 0 {
		name += ".opt-" + strconv.Itoa(opt)
	}
	return name + ".pyc"
}

// cacheFromSource is importlib's cache_from_source(source) for the current
// sys.pycache_prefix.
func cacheFromSource(source string) string {
	dir := filepath.Dir(source)
	if p, ok := sysGet("pycache_prefix").TryStr(); ok {
		if !filepath.IsAbs(dir) {
			if wd, err := os.Getwd(); err == nil {
				dir = filepath.Join(wd, dir)
			}
		}
		return filepath.Join(p.S, strings.TrimLeft(dir, "/"), cacheFileName(source))
	}
	return filepath.Join(dir, "__pycache__", cacheFileName(source))
}

// pycHeader returns the header of a timestamp-based .pyc for a source of
// the given modification time and size (both truncated to 32 bits).
func pycHeader(mtime, size int64) []byte {
	h := make([]byte, pycHeaderSize)
	copy(h, PycMagic())
	binary.LittleEndian.PutUint32(h[8:], uint32(mtime))
	binary.LittleEndian.PutUint32(h[12:], uint32(size))
	return h
}

// pycMatches reports whether data is a timestamp-based .pyc of this Krait
// build for a source with the given stat.
func pycMatches(data []byte, st os.FileInfo) bool {
	return len(data) >= pycHeaderSize && bytes.Equal(data[:pycHeaderSize], pycHeader(st.ModTime().Unix(), st.Size()))
}

// readPycCode reads the .pyc at path and returns its code object if the
// file is valid for the source stat st. Any defect is a miss.
//
// The file is mapped (or read into a buffer of its own), and the
// functions' code objects keep it: their bodies are read from it when
// first needed (lazy14_code.go).
func readPycCode(path string, st os.FileInfo) *Code {
	hugeheap.Advise()                    // a module is being read: the heap may have grown
	file, data, err := readPycData(path) // lazy14_pycmap_linux.go
	if err != nil {
		return nil
	}
	var v Value
	exc := readMapped(file, func() (exc *Exception) {
		if !pycMatches(data, st) {
			return marshalBad("stale")
		}
		rp := getMarshalRefs(len(data) / 24) // startup_sizes.go
		r := &marshalReader{b: data[pycHeaderSize:], refs: *rp, keep: true, file: file}
		r.slab.size = len(r.b)
		v, exc = r.object()
		putMarshalRefs(rp, r.refs)
		return exc
	})
	if exc != nil || v.IsNull() || v.Type() != CodeType {
		return nil
	}
	return ptrOf[Code](v)
}

// writeFileAtomic writes data to path through a temporary file in the same
// directory and a rename, creating missing directories with mode dirMode,
// so that concurrent readers see either the old file or the whole new one.
func writeFileAtomic(path string, data []byte, mode, dirMode os.FileMode) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, dirMode); err != nil {
		return err
	}
	f, err := nopoll.CreateTemp(dir, filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, werr := f.Write(data)
	if err := f.Close(); werr == nil {
		werr = err
	}
	if werr == nil {
		werr = os.Chmod(tmp, mode)
	}
	if werr == nil {
		werr = os.Rename(tmp, path)
	}
	if werr != nil {
		os.Remove(tmp)
	}
	return werr
}

// pycMode is the mode of a new .pyc: the source's, made writable by its
// owner, as importlib's _calc_mode does.
func pycMode(st os.FileInfo) os.FileMode {
	return (st.Mode().Perm() | 0o200) & 0o666
}

// dontWriteBytecode reports sys.dont_write_bytecode.
func dontWriteBytecode() bool {
	v := sysGet("dont_write_bytecode")
	return !v.IsNull() && v.Is(True)
}

// loadSourceCached returns the code of the module source file path, named
// filename in tracebacks: from its .pyc if that matches the source, else
// compiled and cached (in __pycache__, or the per-user cache when that
// cannot be written), unless sys.dont_write_bytecode.
func loadSourceCached(path, filename string) (*Code, *Exception) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, NewExceptionMsg(ImportErrorType, "cannot read "+path+": "+err.Error())
	}
	pyc := cacheFromSource(path)
	priv := privateCachePath(path)
	for _, p := range []string{pyc, priv} {
		if p == "" {
			continue
		}
		if co := readPycCode(p, st); co != nil {
			setCodeFilename(co, filename)
			return co, nil
		}
	}
	src, err := nopoll.ReadFile(path)
	if err != nil {
		return nil, NewExceptionMsg(ImportErrorType, "cannot read "+path+": "+err.Error())
	}
	co, exc := CompileSource(src, filename, syntax.ModeExec)
	if exc != nil || dontWriteBytecode() {
		return co, exc
	}
	data, merr := MarshalDumps(ValueOf(co), MarshalVersion)
	if merr != nil {
		return co, nil
	}
	data = append(pycHeader(st.ModTime().Unix(), st.Size()), data...)
	if writeFileAtomic(pyc, data, pycMode(st), 0o777) != nil && priv != "" {
		writePrivate(priv, data)
	}
	return co, nil
}

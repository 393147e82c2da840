// This file defines Krait's per-user compiled-code cache, used only when
// the __pycache__ directory next to a source cannot be written (the
// standard library installed by root, a read-only file system). It lives in
// $KRAIT_CACHE_DIR, else $XDG_CACHE_HOME/krait, else ~/.cache/krait, and
// mirrors absolute source paths as sys.pycache_prefix does:
// /usr/lib/python3.11/os.py is cached in ROOT/pyc/usr/lib/python3.11/
// os.krait-311.pyc. Files are ordinary .pyc files (validated by source
// mtime and size and by the magic number) written through a temporary file
// and a rename, so concurrent processes never see a partial file.
//
// It is off under -I (isolated mode ignores per-user state, as it ignores
// the user site directory), when KRAIT_CACHE_DIR is set but empty, and when
// sys.pycache_prefix is set; -B and PYTHONDONTWRITEBYTECODE stop writes to
// it as to __pycache__. The root directory must belong to the current user
// and not be writable by others, or it is not used (a process running as
// another user with this user's HOME must not run code this user wrote).
//
// importlib reaches it through two methods installed on SourceFileLoader
// (installPrivateCache): get_data, which serves a cached file from here
// when the __pycache__ one is missing or stale, and _cache_bytecode, which
// writes here when writing to __pycache__ failed.

package runtime

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"krait/internal/nopoll"
)

// privateCacheDir returns the configured root of the per-user cache, or ""
// when it is off. It touches no file.
func privateCacheDir() string {
	if SysConfig.Flags.Isolated != 0 {
		return ""
	}
	if d, ok := os.LookupEnv("KRAIT_CACHE_DIR"); ok {
		if d == "" || !filepath.IsAbs(d) {
			return ""
		}
		return d
	}
	if d := os.Getenv("XDG_CACHE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "krait")
	}
	if h := os.Getenv("HOME"); filepath.IsAbs(h) {
		return filepath.Join(h, ".cache", "krait")
	}
	return ""
}

// privateCacheUsable checks once that the cache root exists (creating it
// private to the user) and is safe: a directory owned by the current user
// that nobody else can write.
var privateCacheUsable = sync.OnceValue(func() bool {
	root := privateCacheDir()
	if root == "" {
		return false
	}
	if home := os.Getenv("HOME"); root == filepath.Join(home, ".cache", "krait") {
		// Never create the home directory itself (HOME=/nonexistent is
		// common for service users): CPython creates nothing there.
		if st, err := os.Stat(home); err != nil || !st.IsDir() {
			return false
		}
	}
	if err := os.MkdirAll(root, 0o700); err != nil {
		return false
	}
	st, err := os.Lstat(root)
	if err != nil || !st.IsDir() || st.Mode().Perm()&0o022 != 0 {
		return false
	}
	sys, ok := st.Sys().(*syscall.Stat_t)
	return ok && int(sys.Uid) == os.Geteuid()
})

// privateCachePath returns where the per-user cache keeps the compiled
// form of the source file path, or "" when the cache is off.
func privateCachePath(source string) string {
	root := privateCacheDir()
	if root == "" || !sysGet("pycache_prefix").IsNone() {
		return ""
	}
	abs, err := filepath.Abs(source)
	if err != nil {
		return ""
	}
	return filepath.Join(root, "pyc", strings.TrimLeft(filepath.Dir(abs), "/"), cacheFileName(abs))
}

// sourceOfPyc maps a __pycache__/NAME.krait-311[.opt-N].pyc path to the
// NAME.py beside the __pycache__ directory; ok is false for other paths.
func sourceOfPyc(pyc string) (string, bool) {
	dir, file := filepath.Split(pyc)
	if filepath.Base(dir) != "__pycache__" || !strings.HasSuffix(file, ".pyc") {
		return "", false
	}
	name, _, ok := strings.Cut(file, "."+PycacheTag+".")
	if !ok || name == "" {
		return "", false
	}
	return filepath.Join(filepath.Dir(filepath.Dir(pyc)), name+".py"), true
}

// readPrivate returns the per-user cached .pyc for source if it matches
// the source's stat.
func readPrivate(source string, st os.FileInfo) []byte {
	p := privateCachePath(source)
	if p == "" || !privateCacheUsable() {
		return nil
	}
	data, err := nopoll.ReadFile(p)
	if err != nil || !pycMatches(data, st) || pycCodeStale(data) {
		return nil
	}
	return data
}

// writePrivate stores a .pyc in the per-user cache, ignoring failures (the
// cache is an optimization).
func writePrivate(path string, data []byte) {
	if path != "" && privateCacheUsable() {
		writeFileAtomic(path, data, 0o600, 0o700)
	}
}

// The importlib functions the SourceFileLoader methods below extend.
var fileLoaderGetData, sourceFileLoaderCacheBytecode Value

// installPrivateCache adds the per-user cache to the SourceFileLoader of
// the importlib._bootstrap_external module ext, if the cache is on.
// get_data is always replaced: it also hides another Krait build's files.
func installPrivateCache(ext *Module) *Exception {
	fl, ok1 := ext.Dict.GetStr(Intern("FileLoader"))
	sfl, ok2 := ext.Dict.GetStr(Intern("SourceFileLoader"))
	if !ok1 || !ok2 || fl.Type() != TypeType || sfl.Type() != TypeType {
		return nil
	}
	get, ok1 := fl.AsType().Dict().GetStr(Intern("get_data"))
	cache, ok2 := sfl.AsType().Dict().GetStr(Intern("_cache_bytecode"))
	if !ok1 || !ok2 {
		return nil
	}
	fileLoaderGetData, sourceFileLoaderCacheBytecode = get, cache
	rememberGetDataIO(ext) // imports13_getdata.go
	t := sfl.AsType()
	methods := sourceFileLoaderMethods
	if privateCacheDir() == "" {
		methods = methods[:1]
	}
	for _, m := range methods {
		if err := SetAttr(sfl, Intern(m.Name), NewMethodDescriptor(t, m)); err != nil {
			return err
		}
	}
	return nil
}

var sourceFileLoaderMethods = []*Method{
	{Name: "get_data", Sig: "path", Fn: sourcefileloader_get_data,
		Doc: "Return the data from path as raw bytes; a missing or stale cached\nfile is looked for in Krait's per-user cache."},
	{Name: "_cache_bytecode", Sig: "source_path, bytecode_path, data", Fn: sourcefileloader_cache_bytecode},
}

// sourcefileloader_get_data is FileLoader.get_data, except that a .pyc
// holding another Krait build's code reads as missing (get_code then
// recompiles the source and rewrites the file), and that for a __pycache__
// file that is missing or does not match its source it returns the
// per-user cache's file when that one matches.
func sourcefileloader_get_data(self Value, a []Value) (Value, *Exception) {
	data, err, done := getDataFast(a[0]) // imports13_getdata.go
	if !done {
		data, err = Call(fileLoaderGetData, []Value{self, a[0]}, nil)
	}
	p, ok := a[0].TryStr()
	if !ok || (err != nil && !err.Matches(OSErrorType)) {
		return data, err
	}
	if err == nil && strings.HasSuffix(p.S, ".pyc") {
		if b, ok := bytesLike(data); ok && pycCodeStale(b) {
			data, err = Value{}, NewOSError(int(syscall.ESTALE), a[0], Value{})
		}
	}
	if privateCacheDir() == "" {
		return data, err
	}
	source, ok := sourceOfPyc(p.S)
	if !ok {
		return data, err
	}
	st, serr := os.Stat(source)
	if serr != nil {
		return data, err
	}
	if err == nil {
		b, ok := bytesLike(data)
		if ok && (pycMatches(b, st) || len(b) >= 8 && bytes.Equal(b[:4], PycMagic()) && b[4]&1 != 0) {
			return data, nil // valid, or hash-based: importlib checks those
		}
	}
	if priv := readPrivate(source, st); priv != nil {
		return NewBytes(priv), nil
	}
	return data, err
}

// sourcefileloader_cache_bytecode is SourceFileLoader._cache_bytecode,
// then, if the file did not get written, a write to the per-user cache.
func sourcefileloader_cache_bytecode(self Value, a []Value) (Value, *Exception) {
	if _, err := Call(sourceFileLoaderCacheBytecode, []Value{self, a[0], a[1], a[2]}, nil); err != nil {
		return Value{}, err
	}
	sp, ok1 := a[0].TryStr()
	bp, ok2 := a[1].TryStr()
	data, ok3 := bytesLike(a[2])
	if !ok1 || !ok2 || !ok3 || len(data) < pycHeaderSize {
		return None, nil
	}
	if _, ok := sourceOfPyc(bp.S); !ok {
		return None, nil
	}
	if f, err := nopoll.Open(bp.S); err == nil {
		head := make([]byte, pycHeaderSize)
		n, _ := f.Read(head)
		f.Close()
		if n == pycHeaderSize && bytes.Equal(head, data[:pycHeaderSize]) {
			return None, nil // written (by us or by a concurrent process)
		}
	}
	writePrivate(privateCachePath(sp.S), append([]byte(nil), data...))
	return None, nil
}

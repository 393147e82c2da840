// This file defines what CPython's pymain does around __main__ beyond
// running code: the loader attributes of the __main__ module (BuiltinImporter
// at start, a SourceFileLoader or SourcelessFileLoader for a script, with
// __cached__ None) and running a directory or zip archive given as the
// script through its __main__ module (pymain_get_importer).

package main

import (
	"bytes"
	"io"
	"os"
	"strings"

	"krait/internal/nopoll"
	"krait/runtime"
)

// setMainLoader sets __main__.__loader__ to the class attribute name of
// module mod (as set_main_loader), or to the loader built from it with
// args; missing importlib leaves it alone.
func setMainLoader(main *runtime.Module, mod, name string, args ...runtime.Value) {
	m, ok := runtime.SysModulesGet(mod)
	if !ok {
		return
	}
	l, exc := runtime.GetAttr(m, runtime.Intern(name))
	if exc != nil {
		return
	}
	if args != nil {
		if l, exc = runtime.Call(l, args, nil); exc != nil {
			return
		}
	}
	main.Dict.SetStr(runtime.Intern("__loader__"), l)
}

// setScriptLoader gives __main__ the attributes of a run file: __file__,
// __cached__ None and, for a script on disk, its file loader.
func setScriptLoader(main *runtime.Module, filename string, src []byte) {
	main.Dict.SetStr(runtime.Intern("__file__"), runtime.StrValue(filename))
	main.Dict.SetStr(runtime.Intern("__cached__"), runtime.None)
	if filename == "<stdin>" {
		return
	}
	loader := "SourceFileLoader"
	if strings.HasSuffix(filename, ".pyc") || bytes.HasPrefix(src, runtime.PycMagic()) {
		loader = "SourcelessFileLoader"
	}
	setMainLoader(main, "_frozen_importlib_external", loader, runtime.StrValue("__main__"), runtime.StrValue(filename))
}

// isMainImporterPath reports whether script names a directory or a zip
// archive, which CPython runs through the __main__ module it contains.
func isMainImporterPath(script string) bool {
	st, err := os.Stat(script)
	if err != nil {
		return false
	}
	if st.IsDir() {
		return true
	}
	return st.Mode().IsRegular() && hasZipDirectory(script, st.Size())
}

// hasZipDirectory reports whether the file ends with a zip archive's end
// of central directory record (within the comment's 64 KiB reach), as
// zipimport looks for it.
func hasZipDirectory(path string, size int64) bool {
	f, err := nopoll.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	n := min(size, 65535+22)
	buf := make([]byte, n)
	if _, err := f.ReadAt(buf, size-n); err != nil && err != io.EOF {
		return false
	}
	return bytes.LastIndex(buf, []byte("PK\x05\x06")) >= 0
}

// runMainImporter runs the __main__ module of the directory or archive
// on sys.path[0], as pymain_run_module(L"__main__", 0).
func runMainImporter() *runtime.Exception {
	runpy, exc := runtime.ImportModule("runpy")
	if exc != nil {
		return exc
	}
	_, exc = runtime.CallMethod(runpy, "_run_module_as_main", runtime.StrValue("__main__"), runtime.False)
	return exc
}

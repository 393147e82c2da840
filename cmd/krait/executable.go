// This file defines how start-up finds sys.executable, as CPython's
// getpath does: the program name made absolute, or looked up on PATH,
// without resolving symbolic links, so that a virtual environment's
// bin/python (a link to Krait) is sys.executable and site.py finds the
// pyvenv.cfg beside it.

package main

import (
	"os"
	"path/filepath"
	"strings"
)

// executablePath returns sys.executable for the program name argv0, or
// "" when it cannot be found (the runtime then asks the OS).
func executablePath(argv0 string) string {
	if argv0 == "" {
		return ""
	}
	if strings.ContainsRune(argv0, '/') {
		if isExecutableFile(argv0) {
			return absPath(argv0)
		}
		return ""
	}
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if dir == "" {
			dir = "."
		}
		p := filepath.Join(dir, argv0)
		if isExecutableFile(p) {
			return absPath(p)
		}
	}
	return ""
}

// isExecutableFile reports whether p is a regular file (after links) that
// someone may execute.
func isExecutableFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular() && st.Mode().Perm()&0o111 != 0
}

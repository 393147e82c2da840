// This file adds CPython's "prefix from the executable" rule to the search
// for the standard library: getpath looks for lib/python3.11/os.py near
// the directory of the running program (or, in a virtual environment, of
// the interpreter its pyvenv.cfg names as home), so that a copy of the
// interpreter in PREFIX/bin uses PREFIX/lib/python3.11 (test_venv's
// "non-installed python"). Only the PREFIX/bin + PREFIX/lib layout is
// tried: CPython searches every parent directory, which would make a
// binary in /tmp/x find /lib/python3.11 through the merged-/usr link and
// report a prefix of "/".

package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
)

// executableStdlib returns PREFIX/lib/python3.11 for a program argv0 in
// PREFIX/bin (or in a virtual environment whose home is PREFIX/bin), or ""
// when argv0's location is unknown.
func executableStdlib(argv0 string) string {
	exe := executablePath(argv0)
	if exe == "" {
		return ""
	}
	dir := filepath.Dir(exe)
	if home := venvHome(dir); home != "" {
		dir = home
	}
	if filepath.Base(dir) != "bin" {
		return ""
	}
	return filepath.Join(filepath.Dir(dir), "lib", "python3.11")
}

// venvHome returns the home directory named by the pyvenv.cfg beside the
// executable's directory dir or one level up, as site.py finds it.
func venvHome(dir string) string {
	for _, d := range []string{dir, filepath.Dir(dir)} {
		f, err := os.Open(filepath.Join(d, "pyvenv.cfg"))
		if err != nil {
			continue
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			k, v, ok := strings.Cut(sc.Text(), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "home") {
				return strings.TrimSpace(v)
			}
		}
		return ""
	}
	return ""
}

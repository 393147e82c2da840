// This file defines the ._pth file of CPython's getpath: a file named
// after the executable plus "._pth" (beside the program as run, else
// beside the real executable) replaces sys.path with its lines, each
// relative to the file's directory, and implies isolated mode, no
// environment and no site (unless a line says "import site").

package main

import (
	"os"
	"path/filepath"
	"strings"

	"krait/internal/nopoll"
)

// pthConfig is what a ._pth file says.
type pthConfig struct {
	paths      []string
	importSite bool
}

// readPthFile looks for the ._pth file of the executable run as argv0 and
// returns its configuration, or nil.
func readPthFile(argv0 string) *pthConfig {
	var candidates []string
	if strings.Contains(argv0, "/") {
		candidates = append(candidates, absPath(argv0))
	}
	if exe, err := os.Executable(); err == nil {
		candidates = append(candidates, exe)
	}
	for _, exe := range candidates {
		data, err := nopoll.ReadFile(exe + "._pth")
		if err != nil {
			continue
		}
		return parsePth(string(data), filepath.Dir(exe))
	}
	return nil
}

// parsePth reads the lines of a ._pth file found in dir: comments and
// blank lines are skipped, "import site" enables site, other paths are
// joined to dir.
func parsePth(text, dir string) *pthConfig {
	pc := &pthConfig{paths: []string{}}
	for _, line := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '\r' }) {
		line, _, _ = strings.Cut(line, "#")
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case line == "import site":
			pc.importSite = true
		case strings.HasPrefix(line, "import "):
			// CPython warns that other imports are unsupported.
		case filepath.IsAbs(line):
			pc.paths = append(pc.paths, filepath.Clean(line))
		default:
			pc.paths = append(pc.paths, filepath.Join(dir, line))
		}
	}
	return pc
}

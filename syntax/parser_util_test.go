// This file defines helpers of the parser tests.

package syntax

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

func utf8Valid(s string) bool { return utf8.ValidString(s) }

// smallStdlibFiles returns up to n stdlib sources shorter than max bytes,
// in a stable order.
func smallStdlibFiles(t *testing.T, max, n int) []string {
	root := "/usr/lib/python3.11"
	var paths []string
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && strings.HasSuffix(path, ".py") && !strings.Contains(path, "bad") {
			paths = append(paths, path)
		}
		return nil
	})
	sort.Strings(paths)
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil || len(b) > max || len(b) < 200 || !utf8.Valid(b) {
			continue
		}
		out = append(out, string(b))
		if len(out) == n {
			break
		}
	}
	if len(out) == 0 {
		t.Skip("no stdlib sources")
	}
	return out
}

// The size of TestParseMutants; KRAIT_MUTANTS=files,perfile,seed,maxsize overrides
// it for a longer search.
var mutantFiles, mutantsPerFile, mutantSeed, mutantMaxSize = 60, 25, uint64(12345), 4000

func init() {
	if v := os.Getenv("KRAIT_MUTANTS"); v != "" {
		fmt.Sscanf(v, "%d,%d,%d,%d", &mutantFiles, &mutantsPerFile, &mutantSeed, &mutantMaxSize)
	}
}

// clip shortens s to at most n bytes for a message.
func clip(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

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

// mutateTokens changes src at a random token: it drops it, repeats it or
// swaps it with the next one, keeping the text between tokens.
func mutateTokens(src string, next func(int) int) string {
	tz := NewTokenizerString(src, "<m>")
	var spans [][2]int // byte offsets of tokens that have text
	lineStart := []int{0}
	for i := 0; i < len(src); i++ {
		if src[i] == '\n' {
			lineStart = append(lineStart, i+1)
		}
	}
	off := func(line, col int) int {
		if line-1 < len(lineStart) {
			return lineStart[line-1] + col
		}
		return len(src)
	}
	for {
		t, err := tz.Next()
		if err != nil || t.Kind == ENDMARKER {
			break
		}
		if t.Col < 0 || t.Kind == NEWLINE || t.Kind == INDENT || t.Kind == DEDENT {
			continue
		}
		a, b := off(t.Line, t.Col), off(t.EndLine, t.EndCol)
		if a < b && b <= len(src) {
			spans = append(spans, [2]int{a, b})
		}
	}
	if len(spans) < 2 {
		return src
	}
	i := next(len(spans) - 1)
	a, b := spans[i][0], spans[i][1]
	switch next(3) {
	case 0:
		return src[:a] + src[b:]
	case 1:
		return src[:b] + " " + src[a:b] + src[b:]
	default:
		c, d := spans[i+1][0], spans[i+1][1]
		return src[:a] + src[c:d] + src[b:c] + src[a:b] + src[d:]
	}
}

// This file tests the front end on every .py file of CPython's standard
// library and test suite (/usr/lib/python3.11), against python3.11's own
// ast.dump or SyntaxError for the same bytes.
//
// Files that differ today are listed in testdata/stdlib_known_diffs.txt; the
// test fails on any other file that differs (a regression) and logs listed
// files that now match, so the list only shrinks. Environment variables:
//
//	KRAIT_STDLIB_DIFF=path      print a unified diff of the two dumps of one file
//	KRAIT_STDLIB_UPDATE=1       rewrite the known-diffs list from this run
//	KRAIT_STDLIB_ALL=1          check every file even under the race detector

package syntax

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
)

const stdlibDir = "/usr/lib/python3.11"

const knownDiffsFile = "testdata/stdlib_known_diffs.txt"

// stdlibOracle reads file names from stdin and prints for each a JSON list
// [file, outcome, detail, lineno, offset]: outcome "ok" with the sha256 of the dump,
// the exception class with its msg when parsing fails, or "dump" when
// ast.dump itself fails (an int too long to convert).
const stdlibOracle = `
import ast, sys, hashlib, json
for line in sys.stdin:
    f = line.rstrip('\n')
    try:
        t = ast.parse(open(f, 'rb').read(), f)
    except (SyntaxError, ValueError) as e:
        print(json.dumps([f, type(e).__name__, getattr(e, 'msg', str(e)), getattr(e, 'lineno', 0) or 0, max(getattr(e, 'offset', 0) or 0, 0)]))
        continue
    try:
        d = ast.dump(t, include_attributes=True)
    except ValueError as e:
        print(json.dumps([f, 'dump', str(e), 0, 0]))
        continue
    print(json.dumps([f, 'ok', hashlib.sha256(d.encode('utf-8', 'surrogatepass')).hexdigest(), 0, 0]))
`

// outcome is what parsing one file gave, in the oracle's terms.
type outcome struct {
	kind   string // "ok", or the exception class name
	detail string // the dump's sha256, or the error message
	lineno int
	offset int
}

func (o outcome) String() string {
	if o.kind == "ok" {
		return "ok " + o.detail[:12]
	}
	return fmt.Sprintf("%s: %s (line %d, offset %d)", o.kind, o.detail, o.lineno, o.offset)
}

// stdlibFiles lists the .py files to check, relative to stdlibDir, sorted.
func stdlibFiles(t *testing.T) []string {
	var files []string
	err := filepath.WalkDir(stdlibDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // unreadable corners do not matter
		}
		if d.Type().IsRegular() && strings.HasSuffix(path, ".py") {
			files = append(files, strings.TrimPrefix(path, stdlibDir+"/"))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	if raceEnabled && os.Getenv("KRAIT_STDLIB_ALL") == "" {
		// The race detector makes parsing several times slower (all files:
		// ~1 minute on a busy 2-core machine); a deterministic quarter keeps
		// the test near 20 s in CI.
		var sub []string
		for i, f := range files {
			if i%4 == 0 {
				sub = append(sub, f)
			}
		}
		t.Logf("race detector on: checking %d of %d files (KRAIT_STDLIB_ALL=1 for all)", len(sub), len(files))
		files = sub
	}
	return files
}

// kraitOutcome parses one file with Krait; a panic is a failure of its own.
func kraitOutcome(path string) (o outcome) {
	defer func() {
		if r := recover(); r != nil {
			o = outcome{kind: "panic", detail: fmt.Sprint(r)}
		}
	}()
	src, err := os.ReadFile(path)
	if err != nil {
		return outcome{kind: "read", detail: err.Error()}
	}
	res, serr := Parse(src, path, ModeExec)
	if serr != nil {
		return outcome{kind: serr.Class.String(), detail: serr.Msg, lineno: serr.Lineno, offset: max(serr.Offset, 0)}
	}
	sum := sha256.Sum256([]byte(Dump(res.Tree, true)))
	return outcome{kind: "ok", detail: hex.EncodeToString(sum[:])}
}

// kraitOutcomes parses all files concurrently.
func kraitOutcomes(files []string) map[string]outcome {
	out := make(map[string]outcome, len(files))
	var mu sync.Mutex
	work := make(chan string)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range work {
				o := kraitOutcome(filepath.Join(stdlibDir, f))
				mu.Lock()
				out[f] = o
				mu.Unlock()
			}
		}()
	}
	for _, f := range files {
		work <- f
	}
	close(work)
	wg.Wait()
	return out
}

// oracleOutcomes runs one python3.11 over all files.
func oracleOutcomes(t *testing.T, files []string) map[string]outcome {
	cmd := exec.Command(dumpOracle(t), "-c", stdlibOracle)
	var in strings.Builder
	for _, f := range files {
		in.WriteString(filepath.Join(stdlibDir, f) + "\n")
	}
	cmd.Stdin = strings.NewReader(in.String())
	cmd.Stderr = os.Stderr
	stdout, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3.11: %v", err)
	}
	out := make(map[string]outcome, len(files))
	sc := bufio.NewScanner(strings.NewReader(string(stdout)))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec [5]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("oracle output %q: %v", sc.Text(), err)
		}
		f := strings.TrimPrefix(rec[0].(string), stdlibDir+"/")
		out[f] = outcome{kind: rec[1].(string), detail: rec[2].(string), lineno: int(rec[3].(float64)), offset: int(rec[4].(float64))}
	}
	return out
}

// readKnownDiffs reads the list: one path per line, optionally followed by
// whitespace and a reason; # starts a comment line.
func readKnownDiffs(t *testing.T) map[string]bool {
	known := map[string]bool{}
	data, err := os.ReadFile(knownDiffsFile)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		known[strings.Fields(line)[0]] = true
	}
	return known
}

func TestStdlib(t *testing.T) {
	if _, err := os.Stat(stdlibDir); err != nil {
		t.Skip(stdlibDir + " not found")
	}
	if one := os.Getenv("KRAIT_STDLIB_DIFF"); one != "" {
		stdlibDiff(t, one)
		return
	}
	dumpOracle(t)
	files := stdlibFiles(t)
	var oracle map[string]outcome
	done := make(chan bool)
	go func() {
		defer close(done)
		oracle = oracleOutcomes(t, files)
	}()
	krait := kraitOutcomes(files)
	<-done
	if t.Failed() {
		return
	}
	known := readKnownDiffs(t)
	update := os.Getenv("KRAIT_STDLIB_UPDATE") != ""
	var differ, fixed []string
	matched, rejected := 0, 0
	for _, f := range files {
		want, got := oracle[f], krait[f]
		if want.kind != "ok" {
			rejected++
		}
		if want == got || want.kind == "dump" && got.kind == "ok" {
			matched++
			if known[f] {
				fixed = append(fixed, f)
			}
			continue
		}
		differ = append(differ, f)
		if !known[f] && !update {
			t.Errorf("%s: krait %v, python3.11 %v", f, got, want)
		}
	}
	t.Logf("%d files: %d match python3.11 (%d of them rejected by it), %d differ (%d of those listed as known)",
		len(files), matched, rejected, len(differ), len(differ)-countNotIn(differ, known))
	for _, f := range fixed {
		t.Logf("now matches, remove from %s: %s", knownDiffsFile, f)
	}
	if update {
		writeKnownDiffs(t, differ, oracle, krait)
	}
}

func countNotIn(list []string, set map[string]bool) int {
	n := 0
	for _, f := range list {
		if !set[f] {
			n++
		}
	}
	return n
}

func writeKnownDiffs(t *testing.T, differ []string, oracle, krait map[string]outcome) {
	var b strings.Builder
	b.WriteString("# Files under /usr/lib/python3.11 whose parse by Krait differs from python3.11's today.\n")
	b.WriteString("# Written by KRAIT_STDLIB_UPDATE=1 go test -run TestStdlib ./syntax; see stdlib_test.go.\n")
	for _, f := range differ {
		reason := "dump differs"
		if k := krait[f]; k.kind != "ok" {
			reason = k.String()
		} else if o := oracle[f]; o.kind != "ok" {
			reason = "python3.11 rejects: " + o.String()
		}
		fmt.Fprintf(&b, "%s\t%s\n", f, strings.ReplaceAll(reason, "\n", " "))
	}
	if err := os.WriteFile(knownDiffsFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s (%d files)", knownDiffsFile, len(differ))
}

// stdlibDiff prints a unified diff between python3.11's dump and Krait's for
// one file, both broken into one node or field per line.
func stdlibDiff(t *testing.T, path string) {
	if !filepath.IsAbs(path) {
		path = filepath.Join(stdlibDir, path)
	}
	cmd := exec.Command(dumpOracle(t), "-c", `
import ast, sys
f = sys.argv[1]
try:
    print(ast.dump(ast.parse(open(f, 'rb').read(), f), include_attributes=True))
except SyntaxError as e:
    print('%s: %s (line %s, offset %s)' % (type(e).__name__, e.msg, e.lineno, e.offset))
`, path)
	pyOut, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3.11: %v", err)
	}
	var got string
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if res, serr := Parse(src, path, ModeExec); serr != nil {
		got = fmt.Sprintf("%s: %s (line %d, offset %d)", serr.Class, serr.Msg, serr.Lineno, serr.Offset)
	} else {
		got = Dump(res.Tree, true)
	}
	dir := t.TempDir()
	a, b := filepath.Join(dir, "python3.11"), filepath.Join(dir, "krait")
	os.WriteFile(a, []byte(splitDump(strings.TrimSuffix(string(pyOut), "\n"))), 0o644)
	os.WriteFile(b, []byte(splitDump(got)), 0o644)
	diff, _ := exec.Command("diff", "-u", a, b).CombinedOutput()
	if len(diff) == 0 {
		t.Logf("%s: dumps are identical", path)
		return
	}
	fmt.Println(string(diff))
	t.Errorf("%s: dumps differ", path)
}

// splitDump puts each node and field of a dump on its own line, indented by
// depth, so that a diff points at the differing node. Quotes are respected.
func splitDump(s string) string {
	var b strings.Builder
	depth := 0
	var quote byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		b.WriteByte(c)
		switch {
		case quote != 0:
			if c == '\\' && i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			} else if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"':
			quote = c
		case c == '(' || c == '[':
			depth++
			b.WriteString("\n" + strings.Repeat("  ", depth))
		case c == ')' || c == ']':
			depth--
		case c == ',' && i+1 < len(s) && s[i+1] == ' ':
			i++
			b.WriteString("\n" + strings.Repeat("  ", depth))
		}
	}
	return b.String() + "\n"
}

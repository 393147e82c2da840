// This file defines status.tsv, the committed per-file status of CPython's
// test suite under Krait, and failures.tsv, the failing tests' causes.

package cpython

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

// StatusHeader is the first line of status.tsv.
const StatusHeader = "name\tstatus\trun\tfailures\terrors\tskipped\tnote"

// ReadStatus reads a status file into results keyed by name.
func ReadStatus(path string) (map[string]Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]Result{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line == StatusHeader {
			continue
		}
		fs := strings.SplitN(line, "\t", 7)
		if len(fs) < 6 {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		r := Result{Name: fs[0], Status: fs[1]}
		r.Run, _ = strconv.Atoi(fs[2])
		r.Failures, _ = strconv.Atoi(fs[3])
		r.Errors, _ = strconv.Atoi(fs[4])
		r.Skipped, _ = strconv.Atoi(fs[5])
		if len(fs) == 7 {
			r.Note = fs[6]
		}
		out[r.Name] = r
	}
	return out, sc.Err()
}

// WriteStatus writes results sorted by name.
func WriteStatus(path string, results map[string]Result) error {
	var b strings.Builder
	b.WriteString(StatusHeader + "\n")
	for _, name := range sortedNames(results) {
		r := results[name]
		note := strings.ReplaceAll(r.Note, "\t", " ")
		fmt.Fprintf(&b, "%s\t%s\t%d\t%d\t%d\t%d\t%s\n", r.Name, r.Status, r.Run, r.Failures, r.Errors, r.Skipped, note)
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// WriteFailures writes one line per failing test: file, kind, test id, cause;
// files that did not load appear once with kind "load".
func WriteFailures(path string, results map[string]Result) error {
	var b strings.Builder
	b.WriteString("file\tkind\ttest\tcause\n")
	for _, name := range sortedNames(results) {
		r := results[name]
		switch r.Status {
		case StatusError, StatusCrash, StatusTimeout:
			fmt.Fprintf(&b, "%s\t%s\t\t%s\n", name, r.Status, r.Note)
		}
		for _, c := range r.Causes {
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", name, c.Kind, c.Test, c.Cause)
		}
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

func sortedNames(results map[string]Result) []string {
	names := make([]string, 0, len(results))
	for n := range results {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// ReadFailures adds the causes listed in a failures file to results.
func ReadFailures(path string, results map[string]Result) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, line := range strings.Split(string(data), "\n")[1:] {
		fs := strings.SplitN(line, "\t", 4)
		if len(fs) < 4 || fs[1] == StatusError || fs[1] == StatusCrash || fs[1] == StatusTimeout {
			continue
		}
		if r, ok := results[fs[0]]; ok {
			r.Causes = append(r.Causes, Cause{Kind: fs[1], Test: fs[2], Cause: fs[3]})
			results[fs[0]] = r
		}
	}
	return nil
}

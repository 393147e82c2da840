// This file tests the runner's handling of interpreters that fail, print
// something else, or succeed, using small shell scripts as "Krait", and its
// statistics.
package main

import (
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func fakeInterpreter(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "interp")
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+body+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestMeasureClassifiesKrait(t *testing.T) {
	py := python311(t)
	b := benchmark{name: "hello", args: []string{"-c", "print('hi')"}, repeat: 1}
	opts := &options{runs: 2, python: py, timeout: 20 * time.Second, match: regexp.MustCompile("")}
	cases := []struct {
		krait, status string
		samples       int
	}{
		{fakeInterpreter(t, "echo 'krait: not implemented' >&2; echo more >&2; exit 2"), "fails: krait: not implemented", 1},
		{fakeInterpreter(t, "echo ho"), `wrong output: line 1 is "ho", expected "hi"`, 1},
		{fakeInterpreter(t, `printf 'Traceback (most recent call last):\n  File "x", line 1\nNameError: name "y" is not defined\n' >&2; exit 1`),
			`fails: NameError: name "y" is not defined`, 1},
		{fakeInterpreter(t, "echo hi"), "ok", 2},
		{fakeInterpreter(t, "sleep 5"), "fails: timeout", 1},
	}
	for _, c := range cases {
		o := *opts
		if strings.Contains(c.status, "timeout") {
			o.timeout = 300 * time.Millisecond
		}
		r := measure(b, &o, c.krait, "")
		if r.cpython.status != "ok" || len(r.cpython.samples) != 2 {
			t.Fatalf("cpython: %q with %d samples", r.cpython.status, len(r.cpython.samples))
		}
		if r.krait.status != c.status || len(r.krait.samples) != c.samples {
			t.Errorf("krait %s: got %q with %d samples, want %q with %d", c.krait, r.krait.status, len(r.krait.samples), c.status, c.samples)
		}
	}
	r := measure(b, opts, "", "go build: broken")
	if r.krait.status != "fails: go build: broken" || len(r.cpython.samples) != 2 {
		t.Errorf("without a Krait binary: %q, %d CPython samples", r.krait.status, len(r.cpython.samples))
	}
}

func TestMeasureRecordsRSSAndCPU(t *testing.T) {
	py := python311(t)
	b := benchmark{name: "alloc", args: []string{"-c", "x = bytearray(50_000_000); print(len(x))"}, repeat: 1}
	opts := &options{runs: 1, python: py, timeout: 20 * time.Second}
	r := measure(b, opts, py, "")
	wall, cpu, rss := r.krait.medians()
	if r.krait.status != "ok" || rss < 45_000 || wall <= 0 || cpu <= 0 {
		t.Errorf("status %q wall %v cpu %v rss %d KB; want ok and at least 45,000 KB", r.krait.status, wall, cpu, rss)
	}
}

func TestMedianAndGeometricMean(t *testing.T) {
	if m := median([]int64{5, 1, 3}); m != 3 {
		t.Errorf("median of 5 1 3 = %d", m)
	}
	if m := median([]time.Duration{4, 1, 3, 2}); m != 2 {
		t.Errorf("median of 4 1 3 2 = %d", m)
	}
	s := summarize([]row{{timeRatio: 2, memoryRatio: 1, cpuRatio: 3}, {timeRatio: 0.5, memoryRatio: 4, cpuRatio: 3}, {}})
	if s.ok != 2 || s.total != 3 || math.Abs(s.time-1) > 1e-12 || math.Abs(s.memory-2) > 1e-12 || math.Abs(s.cpu-3) > 1e-12 {
		t.Errorf("summary %+v", s)
	}
}

func TestWriteResultsKeepsNotes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "RESULTS.md")
	old := "# old\n\n" + notesMarker + "\n## Notes\n\nhand-written\n"
	if err := os.WriteFile(path, []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	res := []result{{bench: benchmark{name: "p"}, cpython: side{status: "ok", samples: []sample{{wall: time.Second, rssKB: 1024}}},
		krait: side{status: "fails: a|b"}}}
	opts := &options{results: path, runs: 1}
	if err := writeResults(opts, environment{}, res, ""); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	got := string(data)
	for _, want := range []string{"| p | 1.000 | - |", "fails: a\\|b", "Krait ran 0 of 1", "hand-written\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("RESULTS.md lacks %q:\n%s", want, got)
		}
	}
}

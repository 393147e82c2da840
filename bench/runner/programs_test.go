// This file tests the benchmark programs themselves: each one, run by
// CPython 3.11 at its small size, must print the output recorded in
// testdata/<name>.small.out. Record again with `go test -run Programs
// ./bench/runner -update` after changing a program, and review the diff.
package main

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "record the expected outputs of the benchmark programs again")

// python311 returns Debian's CPython 3.11, or any python3.11 on PATH.
func python311(t *testing.T) string {
	if _, err := os.Stat("/usr/bin/python3.11"); err == nil {
		return "/usr/bin/python3.11"
	}
	p, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 is not installed")
	}
	return p
}

func TestProgramsPrintRecordedOutput(t *testing.T) {
	py := python311(t)
	benches, err := discover(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	scripts := 0
	for _, b := range benches {
		if !b.script {
			continue
		}
		scripts++
		t.Run(b.name, func(t *testing.T) {
			cmd := exec.Command(py, b.argv("small")...)
			cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
			var errb bytes.Buffer
			cmd.Stderr = &errb
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("%s small: %v\n%s", b.name, err, errb.String())
			}
			golden := filepath.Join("testdata", b.name+".small.out")
			if *update {
				if err := os.WriteFile(golden, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("no recorded output (run with -update): %v", err)
			}
			if string(out) != string(want) {
				t.Errorf("%s small printed\n%s\nwant\n%s", b.name, out, want)
			}
		})
	}
	if scripts < 22 {
		t.Errorf("found %d benchmark programs, want at least 22", scripts)
	}
}

// TestProgramsTakeASize checks that every program reads its size from
// the command line, which the small runs above and the runner's -size rely on.
func TestProgramsTakeASize(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "programs", "*.py"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no programs: %v", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(src), "def size(full, small):") || !strings.Contains(string(src), "size(") {
			t.Errorf("%s does not take its size from sys.argv through size()", f)
		}
	}
}

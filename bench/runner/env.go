// This file defines what the runner records about the machine and the
// programs it compares, and how it builds Krait.
package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// environment describes one run of the suite, for RESULTS.md.
type environment struct {
	date     string
	cpu      string
	cores    int
	load     string // /proc/loadavg's 1, 5 and 15-minute averages at start
	goVer    string
	python   string
	pyVer    string
	commit   string
	runs     int
	size     string
	command  string
	hostname string
}

func describeEnv(opts *options) environment {
	e := environment{
		date:   time.Now().UTC().Format("2006-01-02 15:04 MST"),
		cpu:    cpuModel(),
		cores:  runtime.NumCPU(),
		load:   loadAverage(),
		goVer:  output(opts.root, "go", "env", "GOVERSION"),
		python: opts.python,
		pyVer:  output(opts.root, opts.python, "-c", "import sys; print(sys.version.replace(chr(10), ' '))"),
		commit: kraitCommit(opts.root),
		runs:   opts.runs,
		size:   opts.size,
	}
	e.command = "bench/run " + strings.Join(os.Args[1:], " ")
	return e
}

// cpuModel reads the first "model name" of /proc/cpuinfo.
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		name, value, ok := strings.Cut(sc.Text(), ":")
		if ok && strings.TrimSpace(name) == "model name" {
			return strings.TrimSpace(value)
		}
	}
	return runtime.GOARCH
}

func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// kraitCommit is the short commit of the work tree, marked when files
// outside bench/ (that is, Krait itself) have uncommitted changes.
func kraitCommit(root string) string {
	c := output(root, "git", "rev-parse", "--short", "HEAD")
	if c == "" {
		return "unknown"
	}
	if output(root, "git", "status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench") != "" {
		c += " (with uncommitted changes)"
	}
	return c
}

// output runs a command in dir and returns its trimmed stdout, or "" on
// failure.
func output(dir, name string, args ...string) string {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(out))
}

// prepareKrait returns the Krait binary to run: the one given with -krait,
// or a fresh build of ./cmd/krait in a temporary directory. On failure it
// returns "" and the first line of the error.
func prepareKrait(opts *options) (string, string) {
	if opts.krait != "" {
		p, err := filepath.Abs(opts.krait)
		if err != nil {
			return "", err.Error()
		}
		return p, ""
	}
	dir, err := os.MkdirTemp("", "krait-bench")
	if err != nil {
		return "", err.Error()
	}
	bin := filepath.Join(dir, "krait")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/krait")
	cmd.Dir = opts.root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0") // static, as README builds it
	if out, err := cmd.CombinedOutput(); err != nil {
		msg := firstLine(string(out))
		if msg == "" {
			msg = err.Error()
		}
		return "", "go build: " + msg
	}
	return bin, ""
}

// This file defines how one benchmark is measured: alternating runs of
// CPython and Krait, each timed by wall clock with its peak RSS and CPU
// time taken from wait4's rusage, and Krait's output compared with
// CPython's.
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"syscall"
	"time"
)

// sample is one timed run (or the mean of `repeat` runs).
type sample struct {
	wall   time.Duration
	cpu    time.Duration // user + system
	rssKB  int64
	stdout string
	stderr string
	err    error // non-nil when the process failed or timed out
}

// side collects the samples of one interpreter on one benchmark.
type side struct {
	samples []sample
	status  string // "ok", or why the runs are not usable
}

// result is the outcome of one benchmark.
type result struct {
	bench   benchmark
	cpython side
	krait   side
	profile string // the CPU profile file of Krait, when -profile
	top     []string
}

// measure runs b alternately on both interpreters opts.runs times.
func measure(b benchmark, opts *options, krait, buildErr string) result {
	r := result{bench: b}
	r.cpython.status = "ok"
	r.krait.status = "ok"
	if krait == "" {
		r.krait.status = "fails: " + buildErr
	}
	args := b.argv(opts.size)
	var kraitEnv []string
	if opts.pycache != "" && krait != "" {
		// One untimed run fills the cache, as an installed Krait's would be.
		kraitEnv = []string{"PYTHONPYCACHEPREFIX=" + opts.pycache}
		runOnce(krait, args, opts.timeout, append(kraitEnv, "PYTHONDONTWRITEBYTECODE="))
	}
	for i := 0; i < opts.runs; i++ {
		s := runSample(opts.python, args, b.repeat, opts.timeout, nil)
		r.cpython.samples = append(r.cpython.samples, s)
		if r.cpython.status == "ok" {
			r.cpython.status = checkCPython(s, r.cpython.samples[0])
		}
		if krait == "" || (r.krait.status != "ok" && !opts.keepGoin) {
			continue
		}
		k := runSample(krait, args, b.repeat, opts.timeout, kraitEnv)
		r.krait.samples = append(r.krait.samples, k)
		if r.krait.status == "ok" {
			r.krait.status = checkKrait(k, r.cpython.samples[0])
		}
	}
	return r
}

// checkCPython reports whether CPython's run succeeded and printed the
// same as its first run (the programs are deterministic).
func checkCPython(s, first sample) string {
	if s.err != nil {
		return "fails: " + failure(s)
	}
	if s.stdout != first.stdout {
		return "output differs between runs"
	}
	return "ok"
}

// checkKrait reports whether Krait's run succeeded and printed what
// CPython printed.
func checkKrait(k, ref sample) string {
	if k.err != nil {
		return "fails: " + failure(k)
	}
	if k.stdout != ref.stdout {
		return "wrong output: " + firstDifference(ref.stdout, k.stdout)
	}
	return "ok"
}

// failure describes a failed run by its first line of stderr, or by the
// exception line at the end when stderr is a Python traceback (its first
// line says nothing).
func failure(s sample) string {
	if errors.Is(s.err, context.DeadlineExceeded) {
		return "timeout"
	}
	line := firstLine(s.stderr)
	if line == "Traceback (most recent call last):" {
		line = lastLine(s.stderr)
	}
	if line == "" {
		return s.err.Error()
	}
	return line
}

func firstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	const max = 120
	if len(s) > max {
		s = s[:max] + "..."
	}
	return s
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	return firstLine(s)
}

// firstDifference names the first line where got differs from want.
func firstDifference(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d is %q, expected %q", i+1, firstLine(b), firstLine(a))
		}
	}
	return "same lines"
}

// runSample runs the interpreter `repeat` times and returns one sample:
// total wall and CPU time divided by repeat, the largest peak RSS, and the
// output of the last run. It stops at the first failure.
func runSample(interp string, args []string, repeat int, timeout time.Duration, extraEnv []string) sample {
	var total sample
	for i := 0; i < repeat; i++ {
		s := runOnce(interp, args, timeout, extraEnv)
		total.wall += s.wall
		total.cpu += s.cpu
		total.rssKB = max(total.rssKB, s.rssKB)
		total.stdout, total.stderr, total.err = s.stdout, s.stderr, s.err
		if s.err != nil {
			return total
		}
	}
	total.wall /= time.Duration(repeat)
	total.cpu /= time.Duration(repeat)
	return total
}

// runOnce runs one process with PYTHONHASHSEED=0 (so that any order that
// depends on string hashes is the same on both sides) and stdin empty.
func runOnce(interp string, args []string, timeout time.Duration, extraEnv []string) sample {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, interp, args...)
	cmd.Env = append(append(os.Environ(), "PYTHONHASHSEED=0"), extraEnv...)
	var out, errb bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &errb
	start := time.Now()
	err := cmd.Run()
	s := sample{wall: time.Since(start), stdout: out.String(), stderr: errb.String(), err: err}
	if ctx.Err() != nil {
		s.err = ctx.Err()
	}
	if ps := cmd.ProcessState; ps != nil {
		if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
			s.rssKB = ru.Maxrss // kilobytes on Linux
			s.cpu = time.Duration(syscall.TimevalToNsec(ru.Utime) + syscall.TimevalToNsec(ru.Stime))
		}
	}
	return s
}

// medians returns the median wall time, CPU time and RSS of the samples.
func (s side) medians() (wall, cpu time.Duration, rssKB int64) {
	n := len(s.samples)
	if n == 0 {
		return 0, 0, 0
	}
	walls := make([]time.Duration, n)
	cpus := make([]time.Duration, n)
	rss := make([]int64, n)
	for i, x := range s.samples {
		walls[i], cpus[i], rss[i] = x.wall, x.cpu, x.rssKB
	}
	return median(walls), median(cpus), median(rss)
}

// median of an even count is the mean of the two middle values.
func median[T time.Duration | int64](xs []T) T {
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}

// progressLine is printed on stderr after each benchmark.
func progressLine(r result) string {
	cw, _, _ := r.cpython.medians()
	kw, _, _ := r.krait.medians()
	return fmt.Sprintf("%-18s cpython %7.3fs  krait %7.3fs  %s", r.bench.name, cw.Seconds(), kw.Seconds(), r.krait.status)
}

// Command runner is Krait's benchmark runner: it builds Krait, runs every
// program of bench/programs (and two start-up commands) alternately under
// Krait and CPython 3.11, takes the median wall time and peak RSS of each,
// checks that Krait prints what CPython prints, and prints a table with the
// geometric mean of the time ratios. With -write it also records the table
// in bench/RESULTS.md. It does not import Krait's packages, so it works
// whatever state the interpreter is in.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// options are the command-line settings of one run of the suite.
type options struct {
	runs     int
	match    *regexp.Regexp
	python   string
	krait    string
	size     string
	timeout  time.Duration
	write    bool
	results  string
	profile  bool
	profDir  string
	pgo      string
	root     string
	keepGoin bool
	// pycache is Krait's own compiled-code cache directory for this run
	// (PYTHONPYCACHEPREFIX): every Krait build writes the same
	// __pycache__/*.krait-311.pyc names with its own magic number, so
	// with the shared files another build's writes (or
	// PYTHONDONTWRITEBYTECODE) would have Krait compile the standard
	// library from source at every start, which CPython, with its
	// installed .pyc files, never does.
	pycache string
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	opts, err := parseFlags(args, stderr)
	if err != nil {
		return 2
	}
	benches, err := discover(opts.root)
	if err != nil {
		fmt.Fprintln(stderr, "runner:", err)
		return 1
	}
	benches = selectBenches(benches, opts.match)
	if len(benches) == 0 {
		fmt.Fprintln(stderr, "runner: no benchmark matches", opts.match)
		return 1
	}
	env := describeEnv(opts)
	krait, buildErr := prepareKrait(opts)
	if dir, err := os.MkdirTemp("", "krait-bench-pycache"); err == nil {
		opts.pycache = dir
		defer os.RemoveAll(dir)
	}
	if buildErr != "" {
		fmt.Fprintln(stderr, "runner: building Krait failed:", buildErr)
	}
	var results []result
	for _, b := range benches {
		r := measure(b, opts, krait, buildErr)
		fmt.Fprintln(stderr, progressLine(r))
		results = append(results, r)
	}
	if opts.profile && krait != "" {
		summarizeProfiles(results, krait, opts)
		if opts.pgo != "" {
			if err := mergeProfiles(results, opts.pgo); err != nil {
				fmt.Fprintln(stderr, "runner:", err)
			}
		}
	}
	printTable(stdout, results, opts)
	if opts.write {
		if err := writeResults(opts, env, results, krait); err != nil {
			fmt.Fprintln(stderr, "runner:", err)
			return 1
		}
		fmt.Fprintln(stderr, "runner: wrote", opts.results)
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer) (*options, error) {
	fs := flag.NewFlagSet("bench/run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	o := &options{}
	runs := fs.Int("n", 5, "runs of each program on each interpreter (alternating)")
	quick := fs.Bool("quick", false, "one run of each program (same as -n 1)")
	match := fs.String("run", "", "only benchmarks whose name matches this regular expression")
	fs.StringVar(&o.python, "python", "/usr/bin/python3.11", "CPython 3.11 to compare with")
	fs.StringVar(&o.krait, "krait", "", "use this Krait binary instead of building ./cmd/krait")
	fs.StringVar(&o.size, "size", "", "argument passed to each program: \"small\" or a number (default: full size)")
	fs.DurationVar(&o.timeout, "timeout", 3*time.Minute, "limit for one run of one program")
	fs.BoolVar(&o.write, "write", false, "write the table to bench/RESULTS.md")
	fs.StringVar(&o.results, "results", "", "file for -write (default bench/RESULTS.md)")
	fs.BoolVar(&o.profile, "profile", false, "after timing, run Krait once more per program with KRAIT_CPUPROFILE set and summarize the top functions")
	fs.StringVar(&o.profDir, "profdir", "", "directory for the -profile files (default: a temporary directory)")
	fs.StringVar(&o.pgo, "pgo", "", "with -profile, merge the profiles into this file (e.g. cmd/krait/default.pgo for a PGO build)")
	fs.BoolVar(&o.keepGoin, "all-runs", false, "keep running Krait after it failed once (by default a failing program is not rerun)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: bench/run [flags]   (see bench/README.md)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "bench/run: unexpected arguments", fs.Args())
		return nil, fmt.Errorf("arguments")
	}
	o.runs = *runs
	if *quick {
		o.runs = 1
	}
	if o.runs < 1 {
		fmt.Fprintln(stderr, "bench/run: -n must be at least 1")
		return nil, fmt.Errorf("runs")
	}
	re, err := regexp.Compile(*match)
	if err != nil {
		fmt.Fprintln(stderr, "bench/run: bad -run pattern:", err)
		return nil, err
	}
	o.match = re
	root, err := findRoot()
	if err != nil {
		fmt.Fprintln(stderr, "bench/run:", err)
		return nil, err
	}
	o.root = root
	if o.results == "" {
		o.results = filepath.Join(root, "bench", "RESULTS.md")
	}
	return o, nil
}

// findRoot returns the module root (the directory holding go.mod with
// `module krait`), searching upwards from the working directory.
func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(string(data), "module krait\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("cannot find Krait's go.mod above the working directory")
		}
		dir = parent
	}
}

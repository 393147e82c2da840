// Command parse times Krait's parser against CPython's on the same files, in
// one run: it reads every .py file under a directory (the standard library
// by default) into memory, parses them all with syntax.Parse, then has
// python3.11 read the same files and time ast.parse on them, and prints both
// times and their ratio. Reading files is not timed; each side uses one
// process and one thread; the best of several rounds counts.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"time"

	"krait/syntax"
)

// pyTimer reads file names on stdin, loads them, then prints the best total
// time in seconds over the rounds that ast.parse takes on all of them.
const pyTimer = `
import ast, sys, time
rounds = int(sys.argv[1])
srcs = [(f, open(f, 'rb').read()) for f in sys.stdin.read().split('\n') if f]
best = None
for _ in range(rounds):
    t0 = time.perf_counter()
    for f, src in srcs:
        try:
            ast.parse(src, f)
        except (SyntaxError, ValueError):
            pass
    t = time.perf_counter() - t0
    best = t if best is None or t < best else best
print(best)
`

type file struct {
	name string
	src  []byte
}

func main() {
	dir := flag.String("dir", "/usr/lib/python3.11", "parse every .py file under this directory")
	python := flag.String("python", "/usr/bin/python3.11", "the CPython to compare with")
	rounds := flag.Int("rounds", 3, "rounds on each side; the best counts")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of Krait's rounds to this file")
	flag.Parse()

	files, size, err := readFiles(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%d files, %.1f MB, %d rounds, best counts\n", len(files), float64(size)/1e6, *rounds)

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
	}
	krait, rejected := timeKrait(files, *rounds)
	if *cpuprofile != "" {
		pprof.StopCPUProfile()
	}
	fmt.Printf("krait     %8.3f s  %6.1f MB/s  (%d files rejected)\n", krait.Seconds(), float64(size)/1e6/krait.Seconds(), rejected)

	cpython, err := timeCPython(*python, files, *rounds)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("cpython   %8.3f s  %6.1f MB/s  (%s)\n", cpython.Seconds(), float64(size)/1e6/cpython.Seconds(), *python)
	fmt.Printf("ratio     krait/cpython = %.2f (below 1 means Krait is faster)\n", krait.Seconds()/cpython.Seconds())
}

func readFiles(dir string) ([]file, int, error) {
	var files []file
	size := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		files = append(files, file{path, src})
		size += len(src)
		return nil
	})
	sort.Slice(files, func(i, j int) bool { return files[i].name < files[j].name })
	return files, size, err
}

// timeKrait returns the best time over the rounds and how many files the
// parser rejected.
func timeKrait(files []file, rounds int) (time.Duration, int) {
	best := time.Duration(1<<63 - 1)
	rejected := 0
	for range rounds {
		rejected = 0
		t0 := time.Now()
		for _, f := range files {
			if _, err := syntax.Parse(f.src, f.name, syntax.ModeExec); err != nil {
				rejected++
			}
		}
		best = min(best, time.Since(t0))
	}
	return best, rejected
}

func timeCPython(python string, files []file, rounds int) (time.Duration, error) {
	var names strings.Builder
	for _, f := range files {
		names.WriteString(f.name + "\n")
	}
	cmd := exec.Command(python, "-c", pyTimer, strconv.Itoa(rounds))
	cmd.Stdin = strings.NewReader(names.String())
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return 0, fmt.Errorf("%s: %v", python, err)
	}
	secs, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	if err != nil {
		return 0, fmt.Errorf("%s printed %q", python, out)
	}
	return time.Duration(secs * float64(time.Second)), nil
}

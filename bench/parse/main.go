// Command parse times Krait's parser against CPython's on the same files, in
// one run: it reads every .py file under a directory (the standard library
// by default) into memory, parses them all with syntax.Parse, then has
// python3.11 read the same files and time ast.parse on them, and prints both
// times and their ratio. Reading files is not timed; each side uses one
// process and one thread. Rounds alternate between the two sides, so that
// both see the same load on a shared machine, and the best round counts.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
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

// pyTimer reads the file names (up to an empty line) and loads the files;
// then for each further line on stdin it times one round of ast.parse over
// all of them and prints the seconds.
const pyTimer = `
import ast, sys, time
names = []
for line in sys.stdin:
    if line == '\n':
        break
    names.append(line.rstrip('\n'))
srcs = [(f, open(f, 'rb').read()) for f in names]
for _ in sys.stdin:
    t0 = time.perf_counter()
    for f, src in srcs:
        try:
            ast.parse(src, f)
        except (SyntaxError, ValueError):
            pass
    print(time.perf_counter() - t0, flush=True)
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

	py, err := startCPython(*python, files)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
	}
	krait, cpython := time.Duration(1<<63-1), time.Duration(1<<63-1)
	rejected := 0
	for range *rounds {
		var k time.Duration
		k, rejected = timeKrait(files)
		krait = min(krait, k)
		c, err := py.round()
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		cpython = min(cpython, c)
	}
	if *cpuprofile != "" {
		pprof.StopCPUProfile()
	}
	py.close()
	fmt.Printf("krait     %8.3f s  %6.1f MB/s  (%d files rejected)\n", krait.Seconds(), float64(size)/1e6/krait.Seconds(), rejected)
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

// timeKrait times one round and counts the files the parser rejected.
func timeKrait(files []file) (time.Duration, int) {
	rejected := 0
	t0 := time.Now()
	for _, f := range files {
		if _, err := syntax.Parse(f.src, f.name, syntax.ModeExec); err != nil {
			rejected++
		}
	}
	return time.Since(t0), rejected
}

// cpython is a running python3.11 that times a round per request.
type cpython struct {
	cmd *exec.Cmd
	in  io.WriteCloser
	out *bufio.Reader
}

func startCPython(python string, files []file) (*cpython, error) {
	cmd := exec.Command(python, "-c", pyTimer)
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("%s: %v", python, err)
	}
	var names strings.Builder
	for _, f := range files {
		names.WriteString(f.name + "\n")
	}
	names.WriteString("\n")
	if _, err := io.WriteString(in, names.String()); err != nil {
		return nil, err
	}
	return &cpython{cmd, in, bufio.NewReader(out)}, nil
}

// round has python time one round and returns its time.
func (c *cpython) round() (time.Duration, error) {
	if _, err := io.WriteString(c.in, "go\n"); err != nil {
		return 0, err
	}
	line, err := c.out.ReadString('\n')
	if err != nil {
		return 0, fmt.Errorf("python: %v", err)
	}
	secs, err := strconv.ParseFloat(strings.TrimSpace(line), 64)
	if err != nil {
		return 0, fmt.Errorf("python printed %q", line)
	}
	return time.Duration(secs * float64(time.Second)), nil
}

func (c *cpython) close() {
	c.in.Close()
	c.cmd.Wait()
}

// This file makes KRAIT_MEMSTATS=1 also print what the resident set was
// made of at its largest, not only at exit (heap19_memstats.go).
//
// Why: the figures at exit describe the heap after the last cycle, while
// the peak resident set (what the benchmarks report) falls earlier, when
// the heap reached a goal; at exit the scavenger has returned part of it
// and the executable's pages have been dropped (dropinit_linux.go). The
// GC policy's per-cycle hook (gcpolicy.go) calls rssPeak.sample, which
// reads the kernel's resident-set figures and, when the resident set is
// the largest seen, keeps the runtime's memory classes of that moment.
// A cycle's hook runs just after its mark, when the heap is at about its
// goal and the pages freed by the sweep are still resident, so the
// snapshot is close to the peak. It costs a read of /proc/self/status per
// cycle and runs only under KRAIT_MEMSTATS.

package main

import (
	"fmt"
	"io"
	"os"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"

	"krait/internal/nopoll"
)

// rssPeakClasses are the runtime/metrics figures kept at the peak, in MiB.
var rssPeakClasses = []string{
	"/memory/classes/heap/objects:bytes",
	"/memory/classes/heap/unused:bytes",
	"/memory/classes/heap/free:bytes",
	"/memory/classes/heap/stacks:bytes",
	"/memory/classes/metadata/other:bytes",
	"/gc/heap/live:bytes",
	"/gc/heap/goal:bytes",
}

// rssPeakSampler holds the largest resident set seen at a cycle's end and
// the runtime's figures then.
type rssPeakSampler struct {
	mu        sync.Mutex
	on        bool
	cycle     int
	rss       [3]uint64 // VmRSS, RssAnon, RssFile in KB at the peak
	peakCycle int
	figures   []metrics.Sample
}

// rssPeak is the process's sampler; KRAIT_MEMSTATS turns it on.
var rssPeak = &rssPeakSampler{on: os.Getenv("KRAIT_MEMSTATS") != ""}

// sample records the current resident set if it is the largest seen.
func (s *rssPeakSampler) sample() {
	if !s.on {
		return
	}
	status, err := nopoll.ReadFile("/proc/self/status")
	if err != nil {
		return
	}
	rss := parseRSS(string(status))
	s.mu.Lock()
	defer s.mu.Unlock()
	s.cycle++
	if rss[0] <= s.rss[0] {
		return
	}
	s.rss, s.peakCycle = rss, s.cycle
	if s.figures == nil {
		s.figures = make([]metrics.Sample, len(rssPeakClasses))
		for i, name := range rssPeakClasses {
			s.figures[i].Name = name
		}
	}
	metrics.Read(s.figures)
}

// parseRSS returns VmRSS, RssAnon and RssFile (KB) from /proc/self/status.
func parseRSS(status string) [3]uint64 {
	var rss [3]uint64
	j := map[string]int{"VmRSS": 0, "RssAnon": 1, "RssFile": 2}
	for _, line := range strings.Split(status, "\n") {
		key, value, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		if i, ok := j[key]; ok {
			rss[i], _ = strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(value, "kB")), 10, 64)
		}
	}
	return rss
}

// write prints the snapshot, or nothing if no cycle ran.
func (s *rssPeakSampler) write(w io.Writer) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.peakCycle == 0 {
		fmt.Fprintf(w, "memstats: peak: no collection ran (the peak is start-up's heap)\n")
		return
	}
	fmt.Fprintf(w, "memstats: peak at cycle %d of %d: VmRSS %d kB, RssAnon %d kB, RssFile %d kB\n",
		s.peakCycle, s.cycle, s.rss[0], s.rss[1], s.rss[2])
	for _, x := range s.figures {
		if x.Value.Kind() == metrics.KindUint64 {
			fmt.Fprintf(w, "memstats: peak %-45s %8.2f MiB\n", x.Name, float64(x.Value.Uint64())/(1<<20))
		}
	}
}

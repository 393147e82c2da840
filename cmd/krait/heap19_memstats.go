// This file defines KRAIT_MEMSTATS=1, which prints at exit where the
// process's memory went: the Go runtime's memory classes, the collector's
// cycle count and largest heap goal seen, and the kernel's resident-set
// figures (peak, anonymous, file-backed). It is for measuring peak RSS
// (issue 6): the Go heap is only part of it.

package main

import (
	"fmt"
	"io"
	"os"
	goruntime "runtime"
	"runtime/metrics"
	"strings"

	"krait/internal/nopoll"
)

// memStatsClasses are the runtime/metrics figures printed, in MiB.
var memStatsClasses = []string{
	"/memory/classes/heap/objects:bytes",
	"/memory/classes/heap/unused:bytes",
	"/memory/classes/heap/free:bytes",
	"/memory/classes/heap/released:bytes",
	"/memory/classes/heap/stacks:bytes",
	"/memory/classes/metadata/other:bytes",
	"/memory/classes/metadata/mspan/inuse:bytes",
	"/memory/classes/metadata/mcache/inuse:bytes",
	"/memory/classes/os-stacks:bytes",
	"/memory/classes/other:bytes",
	"/memory/classes/profiling/buckets:bytes",
	"/memory/classes/total:bytes",
	"/gc/heap/live:bytes",
	"/gc/heap/goal:bytes",
	"/gc/heap/allocs:bytes",
	"/gc/cycles/total:gc-cycles",
}

// memStatsAtExit returns the function that prints the figures to w, or
// nil unless KRAIT_MEMSTATS is set. KRAIT_MEMSTATS=gc first runs two
// collections (the second frees what the first's finalizers and cleared
// pools let go), so that /gc/heap/live is the heap that stays live: what
// every cycle of the program re-marks (issue 6).
func memStatsAtExit(w io.Writer) func() {
	mode := os.Getenv("KRAIT_MEMSTATS")
	if mode == "" {
		return nil
	}
	return func() {
		if mode == "gc" {
			goruntime.GC()
			goruntime.GC()
		}
		writeMemStats(w)
	}
}

// writeMemStats prints the runtime's memory classes and /proc/self/status's
// resident-set lines.
func writeMemStats(w io.Writer) {
	s := make([]metrics.Sample, len(memStatsClasses))
	for i, name := range memStatsClasses {
		s[i].Name = name
	}
	metrics.Read(s)
	for _, x := range s {
		if x.Value.Kind() != metrics.KindUint64 {
			continue
		}
		v := x.Value.Uint64()
		if strings.HasSuffix(x.Name, ":bytes") {
			fmt.Fprintf(w, "memstats: %-45s %8.2f MiB\n", x.Name, float64(v)/(1<<20))
		} else {
			fmt.Fprintf(w, "memstats: %-45s %8d\n", x.Name, v)
		}
	}
	status, _ := nopoll.ReadFile("/proc/self/status")
	for _, line := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(line, "VmHWM") || strings.HasPrefix(line, "VmRSS") || strings.HasPrefix(line, "Rss") {
			fmt.Fprintf(w, "memstats: %s\n", line)
		}
	}
	rssPeak.write(w) // rss20_peak.go
}

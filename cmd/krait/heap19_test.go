// This file tests heap19's pieces: the first collection's page drop
// (heap19_dropfirst.go) and KRAIT_MEMSTATS (heap19_memstats.go).

package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestFirstDropGoal checks that the first cycle drops the pages by default
// and that KRAIT_GCDROPFIRST=0 restores the start goal's threshold.
func TestFirstDropGoal(t *testing.T) {
	t.Setenv("KRAIT_GCDROPFIRST", "")
	if got := firstDropGoal(16 << 20); got != 0 {
		t.Errorf("default: firstDropGoal = %d, want 0", got)
	}
	t.Setenv("KRAIT_GCDROPFIRST", "0")
	if got := firstDropGoal(16 << 20); got != 16<<20 {
		t.Errorf("KRAIT_GCDROPFIRST=0: firstDropGoal = %d, want %d", got, 16<<20)
	}
}

// TestMemStats checks that KRAIT_MEMSTATS is off unless set and prints
// the heap figures and the kernel's peak resident set when on.
func TestMemStats(t *testing.T) {
	var buf bytes.Buffer
	t.Setenv("KRAIT_MEMSTATS", "")
	if memStatsAtExit(&buf) != nil {
		t.Fatal("memStatsAtExit without KRAIT_MEMSTATS: want nil")
	}
	t.Setenv("KRAIT_MEMSTATS", "1")
	memStatsAtExit(&buf)()
	out := buf.String()
	for _, want := range []string{"/gc/heap/live:bytes", "/memory/classes/total:bytes", "/gc/cycles/total:gc-cycles", "VmHWM:"} {
		if !strings.Contains(out, "memstats: "+want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

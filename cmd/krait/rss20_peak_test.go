// This file tests the peak snapshot of KRAIT_MEMSTATS (rss20_peak.go).

package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestParseRSS checks that the three resident-set lines are read from a
// /proc/self/status text and the other lines ignored.
func TestParseRSS(t *testing.T) {
	status := "Name:\tkrait\nVmHWM:\t   99999 kB\nVmRSS:\t   20420 kB\nRssAnon:\t   12512 kB\nRssFile:\t    7908 kB\nRssShmem:\t       0 kB\n"
	if got, want := parseRSS(status), [3]uint64{20420, 12512, 7908}; got != want {
		t.Errorf("parseRSS = %v, want %v", got, want)
	}
}

// TestRSSPeakSampler checks that the sampler keeps the cycle with the
// largest resident set, prints it, and does nothing when off.
func TestRSSPeakSampler(t *testing.T) {
	var buf bytes.Buffer
	off := &rssPeakSampler{}
	off.sample()
	off.write(&buf)
	if !strings.Contains(buf.String(), "no collection ran") || off.cycle != 0 {
		t.Errorf("off sampler: cycle %d, output %q", off.cycle, buf.String())
	}
	s := &rssPeakSampler{on: true}
	s.sample()
	s.rss[0] = 1 << 40 // a larger peak than any later sample
	s.sample()
	if s.cycle != 2 || s.peakCycle != 1 {
		t.Fatalf("cycle %d, peak cycle %d: want 2 and 1", s.cycle, s.peakCycle)
	}
	buf.Reset()
	s.write(&buf)
	for _, want := range []string{"memstats: peak at cycle 1 of 2: VmRSS 1099511627776 kB", "memstats: peak /gc/heap/goal:bytes"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, buf.String())
		}
	}
}

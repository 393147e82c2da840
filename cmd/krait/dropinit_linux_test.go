// This file tests dropInitPages: the process keeps working after its
// read-only pages are dropped, and only private read-only mappings of the
// executable qualify.

package main

import (
	"os"
	"strings"
	"testing"
)

func TestReadOnlyMapping(t *testing.T) {
	const exe = "/usr/bin/krait"
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"00400000-00b06000 r-xp 00000000 fe:00 12575499  /usr/bin/krait", true},
		{"00b06000-0149c000 r--p 00706000 fe:00 12575499  /usr/bin/krait", true},
		{"0149c000-01603000 rw-p 0109c000 fe:00 12575499  /usr/bin/krait", false},
		{"01603000-0366d000 rw-p 00000000 00:00 0", false},
		{"00400000-00b06000 r-xp 00000000 fe:00 12575499  /usr/bin/other", false},
		{"00400000-00b06000 r-xs 00000000 fe:00 12575499  /usr/bin/krait", false},
		{"00400000-00b06000 r-xp 00000000 fe:00 12575499  /usr/bin/krait (deleted)", false},
	} {
		lo, hi, ok := readOnlyMapping(c.line, exe)
		if ok != c.ok || ok && (lo != 0x400000 && lo != 0xb06000 || hi <= lo) {
			t.Errorf("%q: got %x-%x %v, want ok=%v", c.line, lo, hi, ok, c.ok)
		}
	}
}

func TestDropInitPagesKeepsRunning(t *testing.T) {
	if !staticExecutable() {
		t.Skip("test binary is not a static executable")
	}
	dropInitPages()
	// Code, read-only data and the function table come back on demand.
	if s := strings.Repeat("ab", 3); s != "ababab" {
		t.Fatal(s)
	}
	if _, err := os.ReadFile("/proc/self/status"); err != nil {
		t.Fatal(err)
	}
}

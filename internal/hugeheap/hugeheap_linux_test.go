package hugeheap

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// vmFlags returns the VmFlags of the mapping that holds addr, from
// /proc/self/smaps.
func vmFlags(t *testing.T, addr uintptr) []string {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	in := false
	s := bufio.NewScanner(f)
	for s.Scan() {
		line := s.Text()
		if r, _, ok := strings.Cut(line, " "); ok && strings.Contains(r, "-") && !strings.HasSuffix(r, ":") {
			a, b, _ := strings.Cut(r, "-")
			start, err1 := strconv.ParseUint(a, 16, 64)
			end, err2 := strconv.ParseUint(b, 16, 64)
			in = err1 == nil && err2 == nil && uint64(addr) >= start && uint64(addr) < end
			continue
		}
		if in && strings.HasPrefix(line, "VmFlags:") {
			return strings.Fields(strings.TrimPrefix(line, "VmFlags:"))
		}
	}
	t.Fatalf("no mapping holds %#x", addr)
	return nil
}

func has(flags []string, f string) bool {
	for _, x := range flags {
		if x == f {
			return true
		}
	}
	return false
}

// TestAdviseStop checks that the heap mapping holding an allocation is
// advised after Advise and no longer after Stop.
func TestAdviseStop(t *testing.T) {
	if b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil || strings.Contains(string(b), "[never]") {
		t.Skip("no transparent huge pages")
	}
	if !on {
		enable() // as KRAIT_HUGEHEAP=1 does at initialization
	}
	if !on || lo == 0 || hi <= lo || hi-lo > spanBytes || lo%stepBytes != 0 {
		t.Fatalf("range %#x-%#x, on %v", lo, hi, on)
	}
	p := uintptr(unsafe.Pointer(probe))
	if p < lo || p >= hi {
		t.Fatalf("probe %#x outside %#x-%#x", p, lo, hi)
	}
	Advise()
	if f := vmFlags(t, p); !has(f, "hg") {
		t.Fatalf("after Advise: VmFlags %v, want hg", f)
	}
	Pause()
	if f := vmFlags(t, p); has(f, "hg") || !has(f, "nh") {
		t.Fatalf("after Pause: VmFlags %v, want nh and no hg", f)
	}
	Advise()
	if f := vmFlags(t, p); !has(f, "hg") {
		t.Fatalf("Advise after Pause: VmFlags %v, want hg", f)
	}
	Stop()
	if f := vmFlags(t, p); has(f, "hg") || !has(f, "nh") {
		t.Fatalf("after Stop: VmFlags %v, want nh and no hg", f)
	}
	Advise() // stopped for good
	if f := vmFlags(t, p); has(f, "hg") {
		t.Fatalf("Advise after Stop: VmFlags %v", f)
	}
}

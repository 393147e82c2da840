package runtime

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"krait/internal/nopoll"
)

// TestExecutableReadOnlyRangesMatchMaps checks the ranges read from the
// program headers in memory against the kernel's list of the executable's
// private read-only mappings.
func TestExecutableReadOnlyRangesMatchMaps(t *testing.T) {
	got := ExecutableReadOnlyRanges()
	if !exeImageOnce().static {
		if got != nil {
			t.Fatalf("not a static executable, yet ranges %x", got)
		}
		t.Skip("test binary is not a static executable")
	}
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		t.Skip(err)
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Skip(err)
	}
	var want [][2]uintptr
	for _, line := range strings.Split(string(maps), "\n") {
		f := strings.Fields(line)
		if len(f) != 6 || f[5] != exe || f[1] != "r-xp" && f[1] != "r--p" {
			continue
		}
		a, b, _ := strings.Cut(f[0], "-")
		lo, _ := strconv.ParseUint(a, 16, 64)
		hi, _ := strconv.ParseUint(b, 16, 64)
		want = append(want, [2]uintptr{uintptr(lo), uintptr(hi)})
	}
	if len(want) == 0 || len(got) != len(want) {
		t.Fatalf("ranges %x, maps say %x", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("range %d: %x, maps say %x", i, got[i], want[i])
		}
	}
}

// TestMemoryBuildIDMatchesFile checks the build ID read from the note in
// memory against the one in the executable file.
func TestMemoryBuildIDMatchesFile(t *testing.T) {
	id := memoryBuildID()
	if !exeImageOnce().static {
		t.Skip("test binary is not a static executable")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	data, err := nopoll.ReadFile(exe)
	if err != nil {
		t.Skip(err)
	}
	want := findGoBuildID(data[:min(len(data), 16<<10)])
	if id == "" || id != want {
		t.Fatalf("build ID %q in memory, %q in the file", id, want)
	}
	if executableBuildID() != want {
		t.Fatalf("executableBuildID %q, want %q", executableBuildID(), want)
	}
}

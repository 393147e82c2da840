//go:build !krait_memprofile

// This file is writeHeapProfile for ordinary builds, which do not link Go's
// heap profiler (init14_memprofile.go says why): KRAIT_MEMPROFILE then only
// says how to get a binary that writes the profile.

package main

import "os"

// writeHeapProfile reports that this binary cannot write heap profiles.
func writeHeapProfile(string) {
	os.Stderr.WriteString("krait: KRAIT_MEMPROFILE needs a binary built with -tags krait_memprofile\n")
}

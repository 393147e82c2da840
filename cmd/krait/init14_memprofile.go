//go:build krait_memprofile

// This file defines writeHeapProfile for binaries built with
// `-tags krait_memprofile`. Only they link runtime.MemProfile: when the
// linker finds it unreachable it turns Go's heap-profile sampling off
// before the first allocation (runtime.disableMemoryProfiling), which
// saves every start-up the samples Go otherwise takes during package
// initialization (the first allocation on each P is always sampled, and
// so is the first after MemProfileRate changes: ~2% of `krait -V`).

package main

import (
	"os"
	goruntime "runtime"
	"runtime/pprof"
)

// writeHeapProfile writes a pprof heap profile of everything allocated so
// far (KRAIT_MEMPROFILE=file; read it with go tool pprof -sample_index=
// alloc_space or inuse_space).
func writeHeapProfile(path string) {
	f, err := os.Create(path)
	if err != nil {
		return
	}
	defer f.Close()
	goruntime.GC() // the profile shows the state as of the last collection
	pprof.Lookup("allocs").WriteTo(f, 0)
}

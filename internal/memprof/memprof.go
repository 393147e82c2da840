// This file defines package memprof, which turns Go's heap-profile sampling
// off for the whole process unless a profile was asked for. Its only effect
// is the package's initialization, so cmd/krait imports it for that alone.
//
// Go samples one allocation in 512 KiB by default once runtime.MemProfile is
// linked (Krait links it only with -tags krait_memprofile, for
// KRAIT_MEMPROFILE; otherwise the linker turns sampling off before the first
// allocation and this package changes nothing): each sample unwinds the
// (deep) interpreter stack and the first allocates the profile's hash table,
// which measured 2-3% of a short program's CPU time. The package has no
// dependency but the Go runtime and os, so it initializes before most of Krait's
// allocating packages.
package memprof

import (
	goruntime "runtime"
	"strings"
	"syscall"
)

func init() {
	if _, set := syscall.Getenv("KRAIT_MEMPROFILE"); set {
		return
	}
	if godebug, _ := syscall.Getenv("GODEBUG"); strings.Contains(godebug, "memprofilerate") {
		return // the user chose a rate
	}
	goruntime.MemProfileRate = 0
}

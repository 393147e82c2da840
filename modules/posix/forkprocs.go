// This file chooses the child's Ps after a fork (runtime/mem11_forkprocs.go
// has the reason).

package posix

import krt "krait/runtime"

// childProcs is the GOMAXPROCS the forked child restores, given the
// parent's count before the fork.
func childProcs(parent int) int { return krt.ForkChildProcs(parent) }

// markForkedChild tells the runtime it runs in a child whose scheduler was
// repaired, so that blocking calls keep a P free (no sysmon takes one back).
func markForkedChild() { krt.SetForkedChild() }

// This file makes the first collection drop the executable's resident
// pages (dropinit_linux.go) as well as the later goal increases.
//
// Why: the pages dropped after Go's package initialization (main.go) come
// back during Python start-up (the compiler, marshal, importlib's native
// parts, the codecs), and most are not used again, yet they stayed in the
// resident set for the whole run: at exit nqueens and template had
// 10.6-10.8 MB of file pages resident. The policy dropped them only once
// the goal passed 5/4 of the start goal (20 MiB), which the programs with
// a small live heap never reach. Dropping them at the first collection,
// which falls after start-up for most programs, leaves only the pages the
// program itself keeps using. Measured (session 19, 28 bench programs, 3
// interleaved runs each, KRAIT_GCDROPFIRST=0 vs default, load ~15): peak
// RSS geomean 46.6 -> 44.4 MB (x0.954), CPU x0.99 (noise); nqueens 28.8
// -> 25.2, constraints 25.5 -> 22.4, coroutines 25.5 -> 22.5, sudoku
// 24.4 -> 22.0, raytrace 27.6 -> 25.0. The cost is one madvise and the
// minor faults that map the pages in use back (64 KB around each).

package main

// firstDropGoal is the goal above which the first cycle drops the pages:
// 0 (always) unless KRAIT_GCDROPFIRST=0 (for measurement: the session 18
// behaviour, the start goal).
func firstDropGoal(start uint64) uint64 {
	if v, ok := envUint("KRAIT_GCDROPFIRST"); ok && v == 0 {
		return start
	}
	return 0
}

// dropAfterStartup drops the pages when start-up is over (the late goal's
// lowering, mem18_lategoal.go, before any collection), so that a program
// whose peak comes at its first collection no longer counts start-up's
// pages in it: fib, nbody and the other programs that allocate little
// reached their peak resident set at the first goal with ~10.5 MB of
// file pages, ~8 MB after the drop. It runs once, 50 ms of CPU time into
// the run, so short programs do not pay for the faults that map back the
// pages in use (~1 ms: dropinit_linux.go).
func (p *gcPolicy) dropAfterStartup() {
	if p.dropGoal == 0 {
		dropInitPages()
	}
}

// Package hugeheap lets the start-up heap fault in 2 MB pages.
//
// Before its first collection Krait's heap only grows: start-up and the
// first imports allocate 5-12 MB into fresh pages, and the kernel faults
// each 4 KB page on first touch (~2 us apiece, zeroing included): about
// 1,300 of `krait -c pass`'s 2,150 page faults and 12% of its CPU time.
// Where transparent huge pages are enabled for advised ranges (the usual
// "madvise" setting), a 2 MB-aligned range marked MADV_HUGEPAGE is
// faulted whole on its first touch instead, for about a fifth of the
// kernel time per byte.
//
// Go maps its heap in 4 MB steps, each a fresh mapping that carries no
// advice, so marking once is not enough: Advise marks the heap's first
// span of address space again at points where the heap may have grown
// (each module read), and pages a step already touched stay small.
// Pause removes the advice when start-up is over and the program itself
// runs (its own imports advise again): a 2 MB page is resident whole, so
// the advice is kept to where it saves the most faults. Stop removes it
// for good at the first collection: from then on the collector recycles
// pages, and the kernel's background collapsing (khugepaged) must not
// fill out ranges that the scavenger returned.
//
// Measured (session 16, start16; same binary with KRAIT_HUGEHEAP=0 and
// =1, private pyc cache, medians of 40 interleaved runs on a loaded
// machine): CPU time -c pass 19.2 -> 17.5 ms, the imports line (json, re,
// collections, typing) 36.9 -> 33.7 ms; page faults 2,190 -> 1,640 and
// 3,950 -> 2,730; peak RSS +1.1 to +1.7 MB (14.6 -> 16.3 MB for -c pass),
// since a 2 MB page is resident whole while Go's heap leaves ~30% of the
// 4 KB pages of a range untouched (partly used spans) and the last page
// is partly used. Advising the whole range at once, by mapping it early
// through a large allocation that a forced collection frees, doubled the
// huge pages but cost more than it saved for -c pass and added 2.8-3.6 MB.
//
// It is off unless KRAIT_HUGEHEAP=1: the RSS it adds stays for the
// whole run (the holes), so over the benchmark programs, which start once
// and run for a second, it costs more than it saves: nbody, scheduler,
// kwargs, closures, float_math, sudoku at full size, peak RSS +6%
// (geometric mean, medians of 3), fib +7%, for ~2 ms less start-up.
package hugeheap

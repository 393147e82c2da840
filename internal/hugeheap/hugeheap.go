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
// (each module read), and pages a step already touched stay small. Stop
// removes the advice at the first collection: from then on the
// collector recycles pages, and the kernel's background collapsing
// (khugepaged) must not fill out ranges that the scavenger returned.
//
// Measured (session 16, start16): task-clock -c pass 17.4 -> 15.5 ms, the
// imports line (json, re, collections, typing) 35.4 -> 31.4 ms; page faults
// 2,190 -> 1,640 and 3,950 -> 2,730; peak RSS +1.7 and +1.3 MB, since
// a 2 MB page is resident whole while Go's heap leaves ~30% of the 4 KB
// pages of a range untouched (partly used spans). Advising the whole
// range at once, by mapping it early through a large allocation that a
// forced collection frees, doubled the huge pages but cost more than it
// saved for -c pass and added 3.6 MB of RSS.
//
// KRAIT_HUGEHEAP=0 turns it off (for measurement).
package hugeheap

// This file bounds how fast the GC policy's headroom (gcpolicy.go) may grow
// from one cycle to the next. A program's peak resident set is set by its
// largest heap goal, and the largest goals of programs with a small live
// heap came from a single dense phase: the allocation rate sampled over
// start-up's tail or a burst (sudoku: 330 MB/s for one interval, then
// 90-150) gave a 16 MiB headroom for one cycle, and the pages that goal
// touched stay resident to the end. Growing the headroom by at most
// gcRampDefault/10 per cycle lets a steady fast allocator reach its cap in
// a few short cycles while a burst no longer sets the peak.

package main

// gcRampDefault is the largest growth of the headroom per cycle, in tenths
// (15: x1.5); KRAIT_GCRAMP sets it (0: unbounded, the session 16 policy).
const gcRampDefault = 15

// rampHeadroom bounds head by p.ramp/10 times the previous cycle's
// headroom, never below Go's proportional headroom ((ratio-1) x live) so
// that a growing large heap collects as often as it did, and records the
// result for the next cycle.
func (p *gcPolicy) rampHeadroom(live, head uint64) uint64 {
	if p.ramp > 0 && p.lastHead > 0 {
		limit := max(p.lastHead*p.ramp/10, (p.ratio-1)*live, p.headMin)
		head = min(head, limit)
	}
	p.lastHead = head
	return head
}

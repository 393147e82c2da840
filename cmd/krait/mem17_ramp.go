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
		limit := max(p.lastHead*p.ramp/10, (p.ratio-1)*p.oldLive(live), p.headMin)
		head = min(head, limit)
	}
	p.lastHead = head
	return head
}

// gcBlackShare is the share of the previous headroom, in tenths, that the
// live heap a cycle reports is assumed to hold of objects allocated during
// its mark: Go counts them live (they are allocated black) and starts a
// cycle when 70-95% of the headroom is used, so up to about 30% of it is
// allocated while marking. For a fast allocator with a small live heap
// that is most of the "live" heap (bigint: 14 MB reported, 4 MB surviving
// the next cycle), and (ratio-1) x that grew its goal with the machine's
// load, which slows the mark: 28-38 MB of headroom at 2-3 GB/s, up to 60
// on a busy machine.
const gcBlackShare = 3

// oldLive is the live heap less what the previous cycle probably allocated
// during its mark (at most half of it), for the proportional cap.
func (p *gcPolicy) oldLive(live uint64) uint64 {
	if p.ramp == 0 {
		return live
	}
	return live - min(p.lastHead*gcBlackShare/10, live/2)
}

// firstHeadroom is the headroom after the first collection, before any
// allocation rate is known. That collection often falls in start-up's
// imports, which build live data: (ratio-1) x live lets them finish
// without a second one soon after.
func (p *gcPolicy) firstHeadroom(live uint64) uint64 {
	if p.ramp == 0 {
		return max(live, p.headMin)
	}
	return max((p.ratio-1)*live, p.headMin)
}

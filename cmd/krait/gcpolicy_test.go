// This file tests the GC policy's headroom rule (gcpolicy.go).

package main

import "testing"

// TestHeadroomFor checks the cost-share rule and its bounds.
func TestHeadroomFor(t *testing.T) {
	p := &gcPolicy{headMin: 4 << 20, headMax: 32 << 20, ratio: 3, share: 0.10}
	const mb = 1 << 20
	cases := []struct {
		live uint64
		rate float64 // MiB per CPU second
		want uint64
	}{
		{4 * mb, 0, 4 * mb},       // no allocation: the minimum
		{4 * mb, 10, 4 * mb},      // slow: 0.55 MiB wanted, the minimum
		{4 * mb, 250, 11 * mb},    // 1.1e-3 x 4 x 250 / 0.10 = 11 MiB
		{4 * mb, 2000, 32 * mb},   // fast, small heap: the cap
		{64 * mb, 2000, 128 * mb}, // large heap: (ratio-1) x live
	}
	for _, c := range cases {
		got := p.headroomFor(c.live, c.rate*mb)
		if d := int64(got) - int64(c.want); d < -mb/100 || d > mb/100 {
			t.Errorf("headroomFor(%d MiB, %v MiB/s) = %.2f MiB, want %d MiB", c.live/mb, c.rate, float64(got)/mb, c.want/mb)
		}
	}
}

// TestHeadroomForDriver checks the driver's caps: 8 MiB for a small live
// heap, grown for a fast allocator to what gcCycleRate collections per
// second need, never past gcHeadMax.
func TestHeadroomForDriver(t *testing.T) {
	p := &gcPolicy{headMin: 4 << 20, headMax: gcDriveHeadMax, ratio: gcDriveRatio, share: 0.10, cycleRate: gcCycleRate}
	const mb = 1 << 20
	cases := []struct {
		live uint64
		rate float64 // MiB per CPU second
		want uint64
	}{
		{4 * mb, 10, 4 * mb},       // slow: the minimum
		{4 * mb, 600, 8 * mb},      // 10.6 MiB wanted, 600/125 = 4.8 MiB: the 8 MiB cap
		{4 * mb, 2000, 16 * mb},    // 88 MiB wanted, 2000/125 = 16 MiB
		{4 * mb, 8000, 32 * mb},    // 64 MiB by rate: gcHeadMax
		{64 * mb, 600, 64 * mb},    // large heap: (ratio-1) x live
		{64 * mb, 100000, 64 * mb}, // a large heap's cap is its own
	}
	for _, c := range cases {
		got := p.headroomFor(c.live, c.rate*mb)
		if d := int64(got) - int64(c.want); d < -mb/100 || d > mb/100 {
			t.Errorf("headroomFor(%d MiB, %v MiB/s) = %.2f MiB, want %d MiB", c.live/mb, c.rate, float64(got)/mb, c.want/mb)
		}
	}
}

// TestRampHeadroom checks mem17's bound on the headroom's growth per cycle:
// x1.5 of the previous cycle's, never below the minimum nor (ratio-1) x the
// live heap less 30% of the previous headroom (allocated during the mark),
// immediate when shrinking, unbounded with ramp 0.
func TestRampHeadroom(t *testing.T) {
	const mb = 1 << 20
	p := &gcPolicy{headMin: 4 * mb, headMax: 32 * mb, ratio: 3, share: 0.10, ramp: 15}
	steps := []struct {
		live, want uint64
		got        float64 // MiB
	}{
		{1 * mb, 4 * mb, 4},      // first cycle: taken as is
		{1 * mb, 32 * mb, 6},     // x1.5
		{1 * mb, 32 * mb, 9},     // x1.5
		{1 * mb, 5 * mb, 5},      // shrinking is immediate
		{8 * mb, 32 * mb, 13},    // 2 x (8 - 0.3 x 5)
		{1 * mb, 1 * mb, 1},      // below the minimum: left to headroomFor's bounds
		{1 * mb, 32 * mb, 4},     // from a tiny headroom: the minimum
		{40 * mb, 90 * mb, 77.6}, // a large heap: 2 x (40 - 0.3 x 4)
		{14 * mb, 40 * mb, 40},   // x1.5 of 77.6
		{14 * mb, 20 * mb, 20},   // shrinking
		{14 * mb, 40 * mb, 30},   // x1.5; 2 x (14 - 6) = 16 is lower
	}
	for i, s := range steps {
		got := float64(p.rampHeadroom(s.live, s.want)) / mb
		if d := got - s.got; d < -0.01 || d > 0.01 {
			t.Errorf("step %d: rampHeadroom(%d MiB, %d MiB) = %.2f MiB, want %.2f MiB", i, s.live/mb, s.want/mb, got, s.got)
		}
	}
	p = &gcPolicy{headMin: 4 * mb, ratio: 3, lastHead: 4 * mb}
	if got := p.rampHeadroom(1*mb, 32*mb); got != 32*mb {
		t.Errorf("ramp 0: rampHeadroom = %.2f MiB, want 32 MiB", float64(got)/mb)
	}
}

// TestHeadroomForBlack checks that the proportional cap discounts what the
// previous cycle allocated during its mark: bigint's 14 MB "live" of
// which 10 are the last headroom's tail gets the 32 MiB cap, not 2 x 14.
func TestHeadroomForBlack(t *testing.T) {
	const mb = 1 << 20
	p := &gcPolicy{headMin: 4 * mb, headMax: 32 * mb, ratio: 3, share: 0.10, ramp: 15, lastHead: 32 * mb}
	if got := p.headroomFor(18*mb, 3000*mb); got != 32*mb {
		t.Errorf("headroomFor(18 MiB, 3000 MiB/s) after a 32 MiB headroom = %.2f MiB, want 32", float64(got)/mb)
	}
	p.ramp = 0
	if got := p.headroomFor(18*mb, 3000*mb); got != 36*mb {
		t.Errorf("ramp 0: headroomFor = %.2f MiB, want 36", float64(got)/mb)
	}
}

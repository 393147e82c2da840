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

// This file refills the prompt collections that run outside the time
// budget (compat14_drop.go's dropFree).
//
// The budget is cumulative: a program that once spent its share on
// prompt collections (test_weakset's test_len_race deletes 99 suspended
// generators, each a collection that a loaded machine makes slow) has
// every later `del` wait until 5% of the run time covers the spending
// again, so the next test's `del it` finalized nothing (its WeakSet kept a
// removed item). One free collection now accrues per second of run time,
// up to the first run's 16: a bounded cost (at most one collection a
// second beyond the share) for a `del` that does its work.

package runtime

import "time"

const (
	dropRefillEvery = time.Second
	dropFreeMax     = 16
)

// dropRefilled is when the last free collection accrued.
var dropRefilled = time.Now()

// refillDropFree adds the free collections accrued by now.
func refillDropFree(now time.Time) {
	n := now.Sub(dropRefilled) / dropRefillEvery
	if n <= 0 {
		return
	}
	dropRefilled = dropRefilled.Add(n * dropRefillEvery)
	dropFree = int(min(int64(dropFree)+int64(n), dropFreeMax))
}

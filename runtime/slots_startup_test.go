// This file checks that the slot groups fit Type.ownSlots, a 64-bit set.

package runtime

import "testing"

func TestSlotGroupsFitOwnSlots(t *testing.T) {
	if n := len(slotGroups); n > 64 {
		t.Fatalf("%d slot groups; Type.ownSlots holds 64", n)
	}
}

// This file tests the readline history list.

package readline

import "testing"

func TestHistoryEntries(t *testing.T) {
	state.history = []string{"a", "b", "c"}
	defer func() { state.history = nil }()
	if got := lastEntries(2); len(got) != 2 || got[0] != "b" {
		t.Errorf("lastEntries(2) = %q", got)
	}
	if got := lastEntries(-1); len(got) != 3 {
		t.Errorf("lastEntries(-1) = %q", got)
	}
}

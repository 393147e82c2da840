// This file tells tests that the race detector is off.

//go:build !race

package syntax

const raceEnabled = false

// This file tells tests that the race detector is on.

//go:build race

package syntax

const raceEnabled = true

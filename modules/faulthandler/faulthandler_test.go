// This file tests the watchdog's timeout format against CPython's.
package faulthandler

import (
	"testing"
	"time"
)

func TestFormatTimeout(t *testing.T) {
	for d, want := range map[time.Duration]string{
		200 * time.Millisecond:              "0:00:00.200000",
		5 * time.Second:                     "0:00:05",
		3723*time.Second + time.Microsecond: "1:02:03.000001",
	} {
		if got := formatTimeout(d); got != want {
			t.Errorf("formatTimeout(%v) = %q, want %q", d, got, want)
		}
	}
}

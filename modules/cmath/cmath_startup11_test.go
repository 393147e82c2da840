package cmath

import (
	"testing"

	"krait/runtime"
)

// TestLogLargeDbl checks the constant against the log it stands for.
func TestLogLargeDbl(t *testing.T) {
	if got := runtime.LibmLog(largeDbl); got != logLargeDbl {
		t.Fatalf("log(largeDbl) = %v, logLargeDbl = %v", got, logLargeDbl)
	}
}

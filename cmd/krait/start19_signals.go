// This file overlaps the installation of the start-up signal handlers
// with the rest of main's preparations.
//
// Installing them (modules.InitSignals) asks Go's os/signal for eight
// signals, and each request is a round trip with the runtime's signal
// goroutine, which the first request starts on a thread of its own (plus
// the runtime's template thread): ~0.15-0.25 ms of waiting on a quiet
// machine, and milliseconds when another thread is slow to be scheduled.
// None of it needs the main goroutine, which meanwhile grows its stack,
// drops the executable's initialization pages (a ~0.6 ms madvise) and
// sets the collector's policy; main waits for the handlers before any
// Python code runs, so programs see the same handlers as before.

package main

import "krait/modules"

// startSignals installs the handlers on a goroutine of their own and
// returns a channel that is closed once they are in place.
func startSignals() <-chan struct{} {
	done := make(chan struct{})
	go func() {
		modules.InitSignals()
		close(done)
	}()
	return done
}

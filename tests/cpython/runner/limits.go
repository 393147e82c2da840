// This file defines the per-file time limits of the full run: most files
// get the -timeout limit, but some need minutes on CPython itself (they wait
// on subprocesses, timers and sockets), and a fixed limit would report them
// as timeouts whatever Krait did.
package main

import "time"

// longFiles maps the test files that run long on CPython 3.11 too to their
// time limit: about twice what they took under Krait on a loaded 2-core
// machine (CPython's own time on the same machine in the comment), so that
// a file that finishes reports its tests and only a real hang times out.
var longFiles = map[string]time.Duration{
	"test_asyncio":            450 * time.Second, // CPython 122 s; Krait 279 s in session 16's full run (-j 2)
	"test_concurrent_futures": 700 * time.Second, // CPython 175 s (248 s loaded); 347 s under Krait loaded: forkserver and spawn start Krait children
	// The multiprocessing files start hundreds of children; spawn's each
	// import the test package afresh (Krait's start-up and imports cost
	// ~3x CPython's CPU). Krait's times are on a loaded machine.
	"test_multiprocessing_spawn":      1500 * time.Second, // CPython 367 s loaded; 619-755 s under Krait
	"test_multiprocessing_forkserver": 800 * time.Second,  // CPython 111 s loaded; 385 s under Krait
	"test_multiprocessing_fork":       600 * time.Second,  // CPython 65 s; 103-292 s under Krait loaded
	"test_socket":                     240 * time.Second,  // CPython 65 s loaded; 117 s under Krait
	"test_subprocess":                 240 * time.Second,  // CPython 57 s; Krait starts its children slower
	"test_signal":                     120 * time.Second,  // CPython 54 s (SiginterruptTest waits 30 s)
	"test_io":                         180 * time.Second,  // CPython 40 s
	"test_imaplib":                    120 * time.Second,  // CPython 51 s (its TLS tests wait on timeouts)
	"test_threading":                  90 * time.Second,   // CPython 12 s; 29 s under Krait on a quiet machine (subprocesses)
	"test_tokenize":                   90 * time.Second,   // CPython 16 s; 34 s under Krait on a quiet machine (regex-heavy round trips)
	"test_regrtest":                   120 * time.Second,  // CPython 7 s; it starts dozens of child interpreters
	"test_ordered_dict":               120 * time.Second,  // CPython 2 s; ~45 s under Krait loaded: a 100-deep __del__ chain (5 tests) dies one link per Go collection
	"test_weakref":                    90 * time.Second,   // CPython 4 s; 31-36 s under Krait on a quiet machine (hundreds of gc.collect() calls, each a full Go collection)
	"test_unicodedata":                90 * time.Second,   // CPython 4 s; 19 s under Krait on a quiet machine (normalization over all code points)
	"test_lib2to3":                    90 * time.Second,   // CPython 12 s; 22 s under Krait on a quiet machine
}

// limitFor returns the time limit of test file name.
func limitFor(name string, dflt time.Duration) time.Duration {
	if d, ok := longFiles[name]; ok && d > dflt {
		return d
	}
	return dflt
}

// longFirst moves the files with a long limit to the front of names (longest
// first), so that with -j they run beside the short ones instead of
// stretching the end of the run.
func longFirst(names []string, dflt time.Duration) []string {
	var long, rest []string
	for _, n := range names {
		if limitFor(n, dflt) > dflt {
			long = append(long, n)
		} else {
			rest = append(rest, n)
		}
	}
	for i := 1; i < len(long); i++ {
		for j := i; j > 0 && limitFor(long[j], dflt) > limitFor(long[j-1], dflt); j-- {
			long[j], long[j-1] = long[j-1], long[j]
		}
	}
	return append(long, rest...)
}

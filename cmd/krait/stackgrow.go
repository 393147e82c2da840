// This file defines growStack, which gives the main goroutine the stack
// start-up needs in one step, before the interpreter runs.
//
// A goroutine starts with a small stack that doubles whenever it runs out;
// each doubling copies the stack and adjusts every frame on it, looking up
// each function's frame layout in the executable's pclntab. Importing
// nests importlib and module frames deeply, so the growths during
// start-up walk dozens of interpreter frames, and the pclntab pages they
// read (the kernel maps 64 KB around each faulted page) stayed in the
// resident set. Growing the stack to 128 KB while it is shallow walks
// only main's frames: -0.7 MB peak RSS for `-c pass`, -1.3 MB for the
// imports line, time unchanged (bench/RESULTS.md notes).
//
// Two 32 KB frames are enough for 128 KB: the stack doubles to the first
// size that holds main's frames plus the padding, so four frames (128 KB
// of padding plus main's) made it 256 KB, and the zeroed padding and each
// intermediate copy were pages the kernel faulted in for nothing (start20:
// `-c pass` 2,096 -> 2,053 page faults, peak RSS 14.6 -> 14.2 MB; the
// imports line 3,565 -> 3,552 and 21.8 -> 21.5 MB; medians of 11 runs).

package main

// stackSink keeps growStackBy's result, so that it is not optimized away.
var stackSink byte

// growStackBy uses depth frames of 32 KB each.
//
//go:noinline
func growStackBy(depth int, i int) byte {
	var pad [32 << 10]byte
	pad[i&(len(pad)-1)] = byte(depth)
	if depth > 1 {
		pad[0] += growStackBy(depth-1, i*7+1)
	}
	return pad[(i*13)&(len(pad)-1)]
}

// growStack grows the calling goroutine's stack to 128 KB.
func growStack(seed int) {
	stackSink = growStackBy(2, seed)
}

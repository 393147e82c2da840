package runtime

import goruntime "runtime"

// PinOSThread wires the running Python thread's goroutine to its OS thread
// for the rest of its life. CLOCK_THREAD_CPUTIME_ID measures an OS thread,
// and a goroutine that migrates between threads would read another
// thread's clock (time.thread_time going backwards); pinning happens only
// once a thread reads that clock, since a pinned goroutine hands the GIL
// over through the OS scheduler instead of Go's.
func (th *Thread) PinOSThread() {
	if !th.pinned {
		goruntime.LockOSThread()
		th.pinned = true
	}
}

// Pinned reports whether PinOSThread locked th's goroutine to its thread
// (one runtime.LockOSThread, kept for the thread's life).
func (th *Thread) Pinned() bool { return th != nil && th.pinned }

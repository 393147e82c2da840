// This file defines the per-thread interpreter state (the recursion depth
// checked against sys.getrecursionlimit(), the register slab and frame pool,
// the exception being handled) and the creation of Python threads, each a
// goroutine that runs while it holds the GIL (gil.go).

package runtime

import (
	"os"
	"sync"
	"sync/atomic"
)

// Thread is the state of one Python thread. With the GIL, exactly one
// Thread runs at a time and curThread points at it.
type Thread struct {
	depth          int // Python frames plus recursive Go re-entries
	recursionLimit int

	slab    []Value    // the current register slab chunk
	top     int        // first free register of slab
	pool    []*frame   // frame records, reused by depth
	npool   int        // records in use
	handled *Exception // the exception being handled (sys.exc_info()) by the running generator, or else the thread
	// outerHandled holds the handled exceptions of the callers of the
	// running generators, innermost last (CPython's exc_info stack).
	outerHandled []*Exception
	cur          *frame // innermost executing frame

	ident    int64        // _thread.get_ident()
	nativeID int64        // _thread.get_native_id()
	isMain   bool         // the thread that runs the program (signal handlers run here)
	onExit   []func()     // run when the thread ends, with the GIL held
	stashed  *Exception   // raised at the next eval breaker check that can raise (gil.go)
	tr       *threadTrace // sys.settrace/setprofile state (trace.go), nil until first set
	forkGen  uint64       // the fork generation the thread belongs to (thread_fork.go)
	context  any          // the _contextvars module's current Context, nil until first use
	pinned   bool         // the goroutine is locked to its OS thread (thread_pin.go)
	// lockBlocks counts the thread's open `with` blocks of non-reentrant
	// locks; pending calls wait until it is zero (fsrv17_lockblock.go).
	lockBlocks int32
}

// mainSlabSize is the main thread's first slab chunk: 16384 registers (a
// recursion of ~1000 frames) rather than slabSize, because the live heap
// sets the GC's heap goal and a chunk's size counts whether used or not.
const mainSlabSize = 1 << 14

// mainThread is the state of the thread that runs the program.
var mainThread = &Thread{recursionLimit: 1000, slab: make([]Value, mainSlabSize),
	ident: identBase, nativeID: int64(os.Getpid()), isMain: true}

// curThread is the thread holding the GIL.
var curThread = mainThread

// identBase is the first thread identifier: CPython's are pthread_t
// addresses, which programs only compare and print.
const identBase = 0x7f0000001000

var (
	threadsMu   sync.Mutex
	threadCount atomic.Int64 // threads started by StartThread and still running
	nextIdent   = int64(identBase)
)

// enterRecursiveCall counts one level of recursion and raises
// RecursionError("maximum recursion depth exceeded" + where) past the limit.
func enterRecursiveCall(where string) *Exception {
	th := curThread
	th.depth++
	if th.depth > th.recursionLimit {
		th.depth--
		return NewRecursionError("maximum recursion depth exceeded" + where)
	}
	return nil
}

// leaveRecursiveCall undoes enterRecursiveCall.
func leaveRecursiveCall() { curThread.depth-- }

// CurrentThread returns the state of the running Python thread (the
// caller holds the GIL).
func CurrentThread() *Thread { return curThread }

// MainThread returns the state of the main thread.
func MainThread() *Thread { return mainThread }

// Ident returns the thread's identifier (_thread.get_ident()).
func (th *Thread) Ident() int64 { return th.ident }

// NativeID returns the thread's native identifier (_thread.get_native_id()).
func (th *Thread) NativeID() int64 { return th.nativeID }

// IsMain reports whether th is the main thread.
func (th *Thread) IsMain() bool { return th.isMain }

// AtThreadExit registers fn to run (with the GIL held) when th ends.
func (th *Thread) AtThreadExit(fn func()) { th.onExit = append(th.onExit, fn) }

// ThreadCount returns the number of running threads started by
// StartThread (_thread._count()).
func ThreadCount() int64 { return threadCount.Load() }

// StartThread starts a new Python thread: a goroutine that takes the GIL
// and runs fn, then the thread's exit hooks. It returns the new thread's
// identifier. The caller holds the GIL.
func StartThread(fn func()) int64 {
	threadsMu.Lock()
	nextIdent += 0x1000
	id := nextIdent
	threadsMu.Unlock()
	th := &Thread{recursionLimit: curThread.recursionLimit, slab: make([]Value, 1<<12),
		ident: id, nativeID: int64(os.Getpid()) + (id-identBase)>>12, forkGen: forkGen.Load()}
	threadCount.Add(1)
	enableGIL()
	registerThread(th)
	go func() {
		takeGIL(th)
		fn()
		for i := 0; i < len(th.onExit); i++ {
			th.onExit[i]()
		}
		th.onExit = nil
		threadCount.Add(-1)
		unregisterThread(th)
		th.release()
		threadsEnded.Add(1)
		if th.isMain {
			exitForkedMain() // the thread that forked, in the child (thread_fork.go)
		}
		dropGIL()
	}()
	return id
}

// release drops what a finished thread's state holds (its registers keep
// the values of its last frames), so that a reference to the Thread that
// outlives it (a lock owner, a frame object) keeps no Python objects
// alive that CPython would have freed with the thread.
func (th *Thread) release() {
	th.slab = nil // not cleared: frame objects of the thread may still read it
	th.top = 0
	for i := range th.pool {
		th.pool[i] = nil
	}
	th.pool, th.npool = nil, 0
	th.handled, th.outerHandled, th.cur = nil, nil, nil
}

// topHandled is the exception sys.exc_info() reports: the innermost
// handled one on the exc_info stack (_PyErr_GetTopmostException).
func (th *Thread) topHandled() *Exception {
	if th.handled != nil {
		return th.handled
	}
	for i := len(th.outerHandled) - 1; i >= 0; i-- {
		if e := th.outerHandled[i]; e != nil {
			return e
		}
	}
	return nil
}

// RecursionState returns the current thread's depth (Python frames plus
// recursive Go re-entries) and sys.getrecursionlimit(), for native code
// that bounds its own recursion as CPython's C code does.
func RecursionState() (depth, limit int) {
	return curThread.depth, curThread.recursionLimit
}

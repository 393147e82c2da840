// This file defines the interpreter's thread state after fork(): as in
// CPython, only the thread that called fork survives in the child. The
// other threads' goroutines still exist in the child's copy of the Go
// scheduler, so each Thread carries the fork generation it belongs to, and
// a thread of an earlier generation that reaches for the GIL gives it back
// and parks forever instead of running Python code.

package runtime

import (
	"os"
	"sync/atomic"
	"time"
)

// forkGen counts the forks this process descends from.
var forkGen atomic.Uint64

// abandonIfForked parks th's goroutine forever if th belongs to the parent
// of a fork (it did not survive into this process). The caller has just
// taken the GIL for th, so it passes the GIL on first.
func abandonIfForked(th *Thread) {
	if th.forkGen == forkGen.Load() {
		return
	}
	dropGIL()
	select {}
}

// AfterForkChild resets the thread state in the child of a fork, called by
// the thread that forked (holding the GIL) before any Python code runs: it
// becomes the main thread (signal handlers run on it, threading's
// main_thread() is it), its native id becomes the child's pid, the other
// threads' exit hooks run (releasing their _thread sentinels and
// thread-local values, as CPython's deletion of their thread states does),
// and signals that were pending in the parent are dropped.
func AfterForkChild() {
	th := curThread
	th.forkGen = forkGen.Add(1)
	threadsMu.Lock()
	var others []*Thread
	for o := range liveThreads {
		if o != th {
			others = append(others, o)
		}
	}
	liveThreads = map[*Thread]struct{}{}
	threadsMu.Unlock()
	if th != mainThread {
		others = append(others, mainThread)
		mainThread.isMain = false
		mainThread = th
		th.isMain = true
	}
	th.nativeID = int64(os.Getpid())
	if importLock.count > 0 && importLock.owner != th {
		// Held by a thread that did not survive the fork (CPython's
		// _PyImport_ReInitLock).
		importLock.owner, importLock.count = nil, 0
		importLock.ch = make(chan struct{}, 1)
	} else if importLock.count > 0 {
		releaseImportLock() // the level ImportLockForFork took
	}
	pendingMu.Lock()
	pendingMain = nil
	mainCallsPending.Store(false)
	pendingMu.Unlock()
	evalBreaker.And(^(breakGILDrop | breakMainCalls))
	for _, o := range others {
		hooks := o.onExit
		o.onExit = nil
		for _, fn := range hooks {
			fn()
		}
	}
}

// exitForkedMain ends a child forked from a thread other than the main one
// when that thread (its main thread now) finishes: as in CPython, where the
// process ends with its last thread, it waits for the threads started in
// the child, then exits with status 0 without finalizing the interpreter.
// The caller holds the GIL.
func exitForkedMain() {
	for {
		threadsMu.Lock()
		n := len(liveThreads)
		threadsMu.Unlock()
		if n == 0 {
			break
		}
		Sleep(time.Millisecond)
	}
	os.Exit(0)
}

// ForkGeneration returns the number of forks this process descends from
// (0 in a process that was not created by os.fork).
func ForkGeneration() uint64 { return forkGen.Load() }

// ImportLockForFork takes the import lock before a fork, as CPython's
// PyOS_BeforeFork does, so that no other thread is half-way through an
// import when the address space is copied; the parent releases it with
// ImportUnlockAfterFork, the child in AfterForkChild.
func ImportLockForFork() *Exception {
	if importLock.count > 0 && importLock.owner == curThread {
		importLock.count++
		return nil
	}
	if _, err := AcquireChan(importLock.ch, -1); err != nil {
		return err
	}
	importLock.owner, importLock.count = curThread, 1
	return nil
}

// ImportUnlockAfterFork releases the level ImportLockForFork took.
func ImportUnlockAfterFork() { releaseImportLock() }

func releaseImportLock() {
	importLock.count--
	if importLock.count == 0 {
		importLock.owner = nil
		<-importLock.ch
	}
}

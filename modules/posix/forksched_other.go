//go:build !(go1.26 && !go1.27 && linux && (amd64 || arm64))

// This file defines the scheduler repair for Go versions whose scheduler
// layout forksched_go126.go does not know: the child then keeps one P and
// the parent's idle threads stay listed (docs/design/fork.md).

package posix

func schedFixable() bool      { return false }
func schedLockFree(bool) bool { return true }
func fixSchedInChild()        {}

func runtimeNanotime() int64 { return 0 }

func schedMirrorOK(before, after int64) bool { return false }

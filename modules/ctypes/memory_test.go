package ctypes

import (
	"runtime"
	"testing"
	"time"
)

// TestLookup checks that every byte of a block maps back to it and that
// the byte after it does not.
func TestLookup(t *testing.T) {
	b := newBlock(10000) // spans several registry pages
	b.address(0)
	for _, off := range []int{0, 1, 4095, 4096, 9999} {
		got, o, ok := lookup(b.addr() + uintptr(off))
		if !ok || got != b || o != off {
			t.Fatalf("lookup(+%d) = %p, %d, %v", off, got, o, ok)
		}
	}
	if got, _, ok := lookup(b.addr() + 10000); ok && got == b {
		t.Fatal("address past the end resolved to the block")
	}
	runtime.KeepAlive(b)
}

// TestZeroSize checks that an empty block still has an address of its own.
func TestZeroSize(t *testing.T) {
	b := newBlock(0)
	if b.address(0) == 0 {
		t.Fatal("zero-size block has no address")
	}
	if got, _, ok := lookup(b.addr()); !ok || got != b {
		t.Fatal("zero-size block not found")
	}
	runtime.KeepAlive(b)
}

// TestCollected checks that a collected block leaves the registry, so a
// stale address reads as unknown.
func TestCollected(t *testing.T) {
	a := newBlock(64).address(0)
	for i := 0; i < 50; i++ {
		runtime.GC()
		if _, _, ok := lookup(a); !ok {
			return
		}
		time.Sleep(time.Millisecond)
	}
	t.Fatal("collected block still registered")
}

// TestFind checks find's errors for NULL and foreign addresses.
func TestFind(t *testing.T) {
	if _, _, err := find(0, 1); err == nil {
		t.Fatal("NULL accepted")
	}
	if _, _, err := find(0x1001, 1); err == nil {
		t.Fatal("foreign address accepted")
	}
	b := newBlock(8)
	if _, _, err := find(b.address(4), 8); err == nil {
		t.Fatal("read past the block accepted")
	}
	runtime.KeepAlive(b)
}

// TestUnregisteredUnknown checks that a block whose address was never
// taken is not found (it is registered lazily).
func TestUnregisteredUnknown(t *testing.T) {
	b := newBlock(16)
	if _, _, ok := lookup(b.addr()); ok {
		t.Fatal("unregistered block found")
	}
	runtime.KeepAlive(b)
}

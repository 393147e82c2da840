// This file tests the deque's ring buffer against a slice model with
// random operations, across growth, wrap-around and shrinking.

package collections

import (
	"math/rand"
	"testing"

	"krait/runtime"
)

func TestDequeRingModel(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for round := 0; round < 200; round++ {
		d := &Deque{maxlen: -1}
		if rng.Intn(4) == 0 {
			d.maxlen = rng.Intn(40)
		}
		var model []int64
		trim := func(left bool) {
			if d.maxlen >= 0 && len(model) > d.maxlen {
				if left {
					model = model[1:]
				} else {
					model = model[:len(model)-1]
				}
			}
		}
		next := int64(0)
		for step := 0; step < 400; step++ {
			next++
			switch op := rng.Intn(9); {
			case op == 0 || op == 1:
				d.pushRight(runtime.Int(next))
				model = append(model, next)
				trim(true)
			case op == 2:
				d.pushLeft(runtime.Int(next))
				model = append([]int64{next}, model...)
				trim(false)
			case op == 3 && len(model) > 0:
				d.popRight()
				model = model[:len(model)-1]
			case op == 4 && len(model) > 0:
				d.popLeft()
				model = model[1:]
			case op == 5:
				k := int64(rng.Intn(200) - 100)
				d.rotate(k)
				if n := int64(len(model)); n > 1 {
					k = ((k % n) + n) % n
					model = append(model[n-k:], model[:n-k]...)
				}
			case op == 6 && len(model) > 0:
				i := rng.Intn(len(model))
				d.delAt(i)
				model = append(model[:i:i], model[i+1:]...)
			case op == 7 && len(model) > 1 && (d.maxlen < 0 || len(model) < d.maxlen):
				i := 1 + rng.Intn(len(model)-1)
				d.insertAt(i, runtime.Int(next))
				model = append(model[:i:i], append([]int64{next}, model[i:]...)...)
			case op == 8 && rng.Intn(20) == 0:
				d.clear()
				model = nil
			}
			check(t, d, model)
		}
		d.reverse()
		for i, j := 0, len(model)-1; i < j; i, j = i+1, j-1 {
			model[i], model[j] = model[j], model[i]
		}
		check(t, d, model)
	}
}

// check compares d with model, and that the free slots are cleared.
func check(t *testing.T, d *Deque, model []int64) {
	t.Helper()
	if d.n != len(model) {
		t.Fatalf("len %d, want %d", d.n, len(model))
	}
	for i, want := range model {
		if got := d.at(i); got.SmallInt() != want {
			t.Fatalf("item %d = %d, want %d (model %v)", i, got.SmallInt(), want, model)
		}
	}
	used := 0
	for _, v := range d.buf {
		if !v.IsNull() {
			used++
		}
	}
	if used != d.n {
		t.Fatalf("%d slots hold values, want %d", used, d.n)
	}
}

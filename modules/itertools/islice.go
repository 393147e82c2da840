// This file defines itertools.islice: the items of an iterator at the
// positions range(start, stop, step) selects, with CPython's ValueErrors for
// indices that are not None or integers in [0, sys.maxsize].

package itertools

import "krait/runtime"

var isliceType *runtime.Type

// isliceObject has consumed cnt items; it yields the item at position
// nextPos, then advances by step, until stop (-1: no stop).
type isliceObject struct {
	iterBase
	it      runtime.Value // null once exhausted
	nextPos int64
	stop    int64
	step    int64
	cnt     int64
}

var isliceArgs = runtime.Method{Name: "islice", Sig: "iterable, a, b=, c=, /"}

const (
	errIsliceStop    = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	errIsliceIndices = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	errIsliceStep    = "Step for islice() must be a positive integer or None."
)

func initIslice() {
	isliceType = newIterType("islice",
		"islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\n"+
			"The items of iterable at positions start, start+step, ... below stop,\nas seq[start:stop:step] selects them; skipped items are consumed.",
		false, nil, islice_new, islice_next, nil)
}

// isliceIndex converts an index argument; any failure (not an integer,
// too large) gives -1, which the caller reports as its ValueError.
func isliceIndex(v runtime.Value) int64 {
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		return -1
	}
	return n
}

func islice_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := isliceArgs.BindArgs(args, kw, "islice")
	if err != nil {
		return runtime.Value{}, err
	}
	start, stop, step := int64(0), int64(-1), int64(1)
	stopArg := a[1]
	if !a[2].IsNull() {
		stopArg = a[2]
		if !a[1].IsNone() {
			start = isliceIndex(a[1])
		}
	}
	if !stopArg.IsNone() {
		if stop = isliceIndex(stopArg); stop == -1 {
			return runtime.Value{}, runtime.NewValueError(errIsliceStop)
		}
	}
	if start < 0 || stop < -1 {
		return runtime.Value{}, runtime.NewValueError(errIsliceIndices)
	}
	if !a[3].IsNull() && !a[3].IsNone() {
		step = isliceIndex(a[3])
	}
	if step < 1 {
		return runtime.Value{}, runtime.NewValueError(errIsliceStep)
	}
	it, err := runtime.Iter(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.ValueOf(&isliceObject{iterBase: newBase(t), it: it, nextPos: start, stop: stop, step: step}), nil
}

func islice_next(v runtime.Value) (runtime.Value, *runtime.Exception) {
	s := runtime.PtrOf[isliceObject](v)
	if s.it.IsNull() {
		return runtime.Value{}, nil
	}
	for s.cnt < s.nextPos {
		x, err := next(s.it)
		if err != nil || x.IsNull() {
			s.it = runtime.Value{}
			return runtime.Value{}, err
		}
		s.cnt++
	}
	if s.stop != -1 && s.cnt >= s.stop {
		s.it = runtime.Value{}
		return runtime.Value{}, nil
	}
	x, err := next(s.it)
	if err != nil || x.IsNull() {
		s.it = runtime.Value{}
		return runtime.Value{}, err
	}
	s.cnt++
	old := s.nextPos
	s.nextPos += s.step
	if s.nextPos < old || (s.stop != -1 && s.nextPos > s.stop) {
		s.nextPos = s.stop
	}
	return x, nil
}

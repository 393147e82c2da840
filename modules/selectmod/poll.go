// This file defines select.poll objects: a set of registered descriptors
// with event masks, polled with poll(2).

package selectmod

import (
	"math"
	"syscall"

	"krait/runtime"
)

// pollObject is a select.poll object; order keeps registration order.
type pollObject struct {
	runtime.Header
	events map[int]int16
	order  []int
	busy   bool
}

var pollType = runtime.NewNativeType(&runtime.TypeSpec{Name: "select.poll", Methods: pollMethods}, func(t *runtime.Type) {
	t.New = func(t *runtime.Type, _ []runtime.Value, _ []*runtime.Str) (runtime.Value, *runtime.Exception) {
		return runtime.Value{}, runtime.NewTypeError("cannot create 'select.poll' instances")
	}
})

func select_poll(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.ValueOf(&pollObject{Header: runtime.HeaderFor(pollType), events: map[int]int16{}}), nil
}

func pollOf(v runtime.Value) *pollObject { return runtime.PtrOf[pollObject](v) }

// eventMask converts an event mask as CPython's unsigned short converter does:
// only ints, negative ones a ValueError, then C unsigned long and short ranges.
func eventMask(v runtime.Value, dflt int16) (int16, *runtime.Exception) {
	if v.IsNull() {
		return dflt, nil
	}
	n, err := runtime.UnsignedLongConverter(v)
	if err != nil {
		return 0, err
	}
	if n > math.MaxUint16 {
		return 0, runtime.NewOverflowError("Python int too large for C unsigned short")
	}
	return int16(uint16(n)), nil
}

func (p *pollObject) set(fd int, ev int16) {
	if _, ok := p.events[fd]; !ok {
		p.order = append(p.order, fd)
	}
	p.events[fd] = ev
}

var pollMethods = []runtime.Method{
	{Name: "register", Sig: "fd, eventmask=, /", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		fd, err := runtime.AsFileDescriptor(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		ev, err := eventMask(a[1], 1|2|4)
		if err != nil {
			return runtime.Value{}, err
		}
		pollOf(self).set(fd, ev)
		return runtime.None, nil
	}},
	{Name: "modify", Sig: "fd, eventmask, /", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		fd, err := runtime.AsFileDescriptor(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		ev, err := eventMask(a[1], 0)
		if err != nil {
			return runtime.Value{}, err
		}
		p := pollOf(self)
		if _, ok := p.events[fd]; !ok {
			return runtime.Value{}, runtime.NewOSError(int(syscall.ENOENT), runtime.Value{}, runtime.Value{})
		}
		p.set(fd, ev)
		return runtime.None, nil
	}},
	{Name: "unregister", Sig: "fd, /", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		fd, err := runtime.AsFileDescriptor(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		p := pollOf(self)
		if _, ok := p.events[fd]; !ok {
			return runtime.Value{}, runtime.NewKeyError(a[0])
		}
		delete(p.events, fd)
		for i, f := range p.order {
			if f == fd {
				p.order = append(p.order[:i], p.order[i+1:]...)
				break
			}
		}
		return runtime.None, nil
	}},
	{Name: "poll", Sig: "timeout=, /", Fn: poll_poll},
}

// pollTimeout converts poll's timeout in milliseconds (None or negative
// waits forever). Like CPython it goes through a nanosecond int64 first, so
// the overflow messages depend on the stage that overflows.
func pollTimeout(v runtime.Value) (int, *runtime.Exception) {
	if v.IsNull() || v.IsNone() {
		return -1, nil
	}
	var ns float64
	if f, ok := runtime.FloatValueOf(v); ok {
		if math.IsNaN(f) {
			return 0, runtime.NewValueError("Invalid value NaN (not a number)")
		}
		// _PyTime_ROUND_TIMEOUT rounds away from zero.
		if ns = f * 1e6; ns < 0 {
			ns = math.Floor(ns)
		} else {
			ns = math.Ceil(ns)
		}
		if ns < math.MinInt64 || ns >= math.MaxInt64 {
			return 0, runtime.NewOverflowError("timestamp out of range for platform time_t")
		}
	} else if n, bg, ok := runtime.IntParts(v); ok {
		if bg != nil || n > math.MaxInt64/1_000_000 || n < math.MinInt64/1_000_000 {
			return 0, runtime.NewOverflowError("timestamp too large to convert to C _PyTime_t")
		}
		ns = float64(n * 1_000_000)
	} else {
		return 0, runtime.NewTypeError("timeout must be an integer or None")
	}
	if ns < 0 {
		return -1, nil
	}
	ms := math.Ceil(ns / 1e6)
	if ms > math.MaxInt32 {
		return 0, runtime.NewOverflowError("timeout is too large")
	}
	return int(ms), nil
}

func poll_poll(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	ms, err := pollTimeout(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	p := pollOf(self)
	if p.busy {
		return runtime.Value{}, runtime.NewRuntimeError("concurrent poll() invocation")
	}
	fds := make([]pollFd, len(p.order))
	for i, fd := range p.order {
		fds[i] = pollFd{fd: int32(fd), events: p.events[fd]}
	}
	p.busy = true
	_, e := doPoll(fds, ms)
	p.busy = false
	if e != nil {
		return runtime.Value{}, e
	}
	var out []runtime.Value
	for _, f := range fds {
		if f.revents != 0 {
			out = append(out, runtime.TupleValue(runtime.Int(int64(f.fd)), runtime.Int(int64(uint16(f.revents)))))
		}
	}
	return runtime.NewList(out), nil
}

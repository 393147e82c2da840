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

// eventMask converts an event mask (an unsigned short).
func eventMask(v runtime.Value, dflt int16) (int16, *runtime.Exception) {
	if v.IsNull() {
		return dflt, nil
	}
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, runtime.NewOverflowError("can't convert negative int to unsigned")
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
// waits forever).
func pollTimeout(v runtime.Value) (int, *runtime.Exception) {
	if v.IsNull() || v.IsNone() {
		return -1, nil
	}
	var ms float64
	if f, ok := runtime.FloatValueOf(v); ok {
		if math.IsNaN(f) {
			return 0, runtime.NewValueError("Invalid value NaN (not a number)")
		}
		ms = math.Ceil(f)
	} else if v.Type().Flags&runtime.FlagIntSubclass != 0 {
		n, err := runtime.IndexInt64(v, "")
		if err != nil {
			return 0, runtime.NewOverflowError("Python int too large to convert to C int")
		}
		ms = float64(n)
	} else {
		return 0, runtime.NewTypeError("timeout must be an integer or None")
	}
	if ms < 0 {
		return -1, nil
	}
	if ms > math.MaxInt32 {
		return 0, runtime.NewOverflowError("Python int too large to convert to C int")
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

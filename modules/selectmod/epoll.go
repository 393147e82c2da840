// This file defines select.epoll, the Linux edge- and level-triggered
// event notification object (selectors.EpollSelector, asyncio).

package selectmod

import (
	"math"
	"syscall"
	"time"

	"krait/runtime"
)

// epollObject is a select.epoll object; fd is -1 once closed.
type epollObject struct {
	runtime.Header
	fd int
}

var epollType *runtime.Type

func init() {
	epollType = runtime.NewNativeType(&runtime.TypeSpec{Name: "select.epoll", Flags: runtime.FlagBaseType,
		Doc: "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object.\n\n" +
			"  sizehint\n    The expected number of events to be registered.  It must be positive,\n" +
			"    or -1 to use the default.  It is only used on older systems where\n" +
			"    epoll_create1() is not available; otherwise it has no effect (though its\n" +
			"    value is still checked).\n  flags\n    Deprecated and completely ignored.  However, when supplied, its value\n" +
			"    must be 0 or select.EPOLL_CLOEXEC, otherwise OSError is raised.",
		Methods: epollMethods,
		GetSets: []runtime.GetSetDef{{Name: "closed", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
			return runtime.Bool(epollOf(v).fd < 0), nil
		}}}}, func(t *runtime.Type) { t.New = epoll_new })
}

func epollOf(v runtime.Value) *epollObject { return runtime.PtrOf[epollObject](v) }

var epollNewMethod = runtime.Method{Name: "epoll", Sig: "sizehint=, flags="}

func epoll_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := epollNewMethod.BindArgs(args, kw, "epoll")
	if err != nil {
		return runtime.Value{}, err
	}
	if !a[0].IsNull() {
		n, err := runtime.IndexInt64(a[0], "")
		if err != nil {
			return runtime.Value{}, err
		}
		if n == 0 || n < -1 {
			return runtime.Value{}, runtime.NewValueError("negative sizehint")
		}
	}
	if !a[1].IsNull() {
		f, err := runtime.IndexInt64(a[1], "")
		if err != nil {
			return runtime.Value{}, err
		}
		if f != 0 && f != syscall.EPOLL_CLOEXEC {
			return runtime.Value{}, runtime.NewExceptionMsg(runtime.OSErrorType, "invalid flags")
		}
	}
	fd, e := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
	if e != nil {
		return runtime.Value{}, runtime.NewOSErrorFromGo(e, runtime.Value{}, runtime.Value{})
	}
	return runtime.ValueOf(&epollObject{Header: runtime.HeaderFor(t), fd: fd}), nil
}

// open returns the epoll descriptor, or CPython's error once closed.
func (p *epollObject) open() (int, *runtime.Exception) {
	if p.fd < 0 {
		return 0, runtime.NewValueError("I/O operation on closed epoll object")
	}
	return p.fd, nil
}

// ctl runs one epoll_ctl operation.
func ctl(self runtime.Value, op int, fdv, mask runtime.Value, dflt uint32) (runtime.Value, *runtime.Exception) {
	epfd, err := epollOf(self).open()
	if err != nil {
		return runtime.Value{}, err
	}
	fd, err := runtime.AsFileDescriptor(fdv)
	if err != nil {
		return runtime.Value{}, err
	}
	ev := syscall.EpollEvent{Events: dflt, Fd: int32(fd)}
	if !mask.IsNull() {
		n, err := runtime.IndexInt64(mask, "")
		if err != nil {
			return runtime.Value{}, err
		}
		ev.Events = uint32(n)
	}
	if e := syscall.EpollCtl(epfd, op, fd, &ev); e != nil {
		return runtime.Value{}, runtime.NewOSErrorFromGo(e, runtime.Value{}, runtime.Value{})
	}
	return runtime.None, nil
}

// epollTimeout converts poll's timeout in seconds to milliseconds.
func epollTimeout(v runtime.Value) (int, *runtime.Exception) {
	if v.IsNull() || v.IsNone() {
		return -1, nil
	}
	var secs float64
	if f, ok := runtime.FloatValueOf(v); ok {
		if math.IsNaN(f) {
			return 0, runtime.NewValueError("Invalid value NaN (not a number)")
		}
		secs = f
	} else if v.Type().Flags&runtime.FlagIntSubclass != 0 {
		n, err := runtime.IndexInt64(v, "")
		if err != nil {
			return 0, runtime.NewOverflowError("timeout is too large")
		}
		secs = float64(n)
	} else {
		return 0, runtime.NewTypeError("timeout must be an integer or None")
	}
	if secs < 0 {
		return -1, nil
	}
	ms := math.Ceil(secs * 1000)
	if ms > math.MaxInt32 {
		return 0, runtime.NewOverflowError("timeout is too large")
	}
	return int(ms), nil
}

func epoll_poll(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	epfd, err := epollOf(self).open()
	if err != nil {
		return runtime.Value{}, err
	}
	ms, err := epollTimeout(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	maxev := int64(-1)
	if !a[1].IsNull() {
		if maxev, err = runtime.IndexInt64(a[1], ""); err != nil {
			return runtime.Value{}, err
		}
	}
	if maxev == -1 {
		maxev = 1024
	} else if maxev < 1 {
		return runtime.Value{}, runtime.NewValueError("maxevents must be greater than 0, got %d", maxev)
	}
	events := make([]syscall.EpollEvent, maxev)
	n, exc := epollWait(epfd, events, ms)
	if exc != nil {
		return runtime.Value{}, exc
	}
	out := make([]runtime.Value, n)
	for i, ev := range events[:n] {
		out[i] = runtime.TupleValue(runtime.Int(int64(ev.Fd)), runtime.Int(int64(ev.Events)))
	}
	return runtime.NewList(out), nil
}

var epollMethods = []runtime.Method{
	{Name: "register", Sig: "fd, eventmask=", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		return ctl(self, syscall.EPOLL_CTL_ADD, a[0], a[1], syscall.EPOLLIN|syscall.EPOLLPRI|syscall.EPOLLOUT)
	}},
	{Name: "modify", Sig: "fd, eventmask", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		return ctl(self, syscall.EPOLL_CTL_MOD, a[0], a[1], 0)
	}},
	{Name: "unregister", Sig: "fd", Fn: func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		return ctl(self, syscall.EPOLL_CTL_DEL, a[0], runtime.Value{}, 0)
	}},
	{Name: "poll", Sig: "timeout=, maxevents=", Fn: epoll_poll},
	{Name: "close", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		p := epollOf(self)
		if p.fd >= 0 {
			syscall.Close(p.fd)
			p.fd = -1
		}
		return runtime.None, nil
	}},
	{Name: "fileno", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		fd, err := epollOf(self).open()
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.Int(int64(fd)), nil
	}},
	{Name: "fromfd", Sig: "fd, /", Flags: runtime.MethClass, Fn: func(cls runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		fd, err := runtime.AsFileDescriptor(a[0])
		if err != nil {
			return runtime.Value{}, err
		}
		t, _ := cls.TryType()
		return runtime.ValueOf(&epollObject{Header: runtime.HeaderFor(t), fd: fd}), nil
	}},
	{Name: "__enter__", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		if _, err := epollOf(self).open(); err != nil {
			return runtime.Value{}, err
		}
		return self, nil
	}},
	{Name: "__exit__", Sig: "*args", Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		p := epollOf(self)
		if p.fd >= 0 {
			syscall.Close(p.fd)
			p.fd = -1
		}
		return runtime.None, nil
	}},
}

// epollWait waits for events on epfd. On the main thread it first polls
// the epoll descriptor together with the runtime's signal wake-up
// descriptor, so that a signal interrupts the wait (PEP 475: handlers
// run, an exception ends the call, otherwise the wait goes on).
func epollWait(epfd int, events []syscall.EpollEvent, ms int) (int, *runtime.Exception) {
	if ms == 0 {
		// A poll that does not wait needs no interruption.
		for {
			n, e := epollWaitNow(epfd, events) // aloop15_pollnow.go
			if e == syscall.EINTR {
				continue
			}
			if e != nil {
				return 0, runtime.NewOSErrorFromGo(e, runtime.Value{}, runtime.Value{})
			}
			return n, nil
		}
	}
	var deadline time.Time
	if ms > 0 {
		deadline = time.Now().Add(time.Duration(ms) * time.Millisecond)
	}
	for {
		var n int
		var e error
		_, exc := runtime.InterruptibleWait(func(wakeFd int) {
			if wakeFd >= 0 {
				fds := []pollFd{{fd: int32(epfd), events: 1}, {fd: int32(wakeFd), events: 1}}
				if _, e = pollLoop(fds, ms); e != nil || fds[0].revents == 0 {
					return
				}
			}
			timeout := ms
			if wakeFd >= 0 {
				timeout = 0
			}
			for {
				if n, e = syscall.EpollWait(epfd, events, timeout); e != syscall.EINTR {
					return
				}
			}
		})
		if exc != nil {
			return 0, exc
		}
		if e != nil {
			return 0, runtime.NewOSErrorFromGo(e, runtime.Value{}, runtime.Value{})
		}
		if n > 0 || ms == 0 {
			return n, nil
		}
		if ms > 0 {
			left := time.Until(deadline)
			if left <= 0 {
				return 0, nil
			}
			ms = int((left + time.Millisecond - 1) / time.Millisecond)
		}
	}
}

// Package selectmod is CPython 3.11's select module on Linux: select() and
// poll objects over the poll(2) system call, and epoll objects.
package selectmod

import (
	"math"
	"syscall"
	"time"
	"unsafe"

	"krait/runtime"
)

// Module is the select module.
var Module = &runtime.ModuleDef{
	Name: "select",
	Doc: "This module supports asynchronous I/O on multiple file descriptors.\n\n" +
		"*** IMPORTANT NOTICE ***\n" +
		"On Windows, only sockets are supported; on Unix, all file descriptors.",
	Methods: []runtime.Method{
		{Name: "select", Sig: "rlist, wlist, xlist, timeout=, /", Fn: select_select},
		{Name: "poll", Flags: runtime.MethNoArgs, Fn: select_poll},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("error", runtime.OSErrorType.Value())
		m.SetAttr("epoll", epollType.Value())
		for _, c := range constants {
			m.SetAttr(c.name, runtime.Int(c.value))
		}
		return nil
	},
}

var constants = []struct {
	name  string
	value int64
}{
	{"PIPE_BUF", 4096}, {"POLLIN", 1}, {"POLLPRI", 2}, {"POLLOUT", 4}, {"POLLERR", 8}, {"POLLHUP", 16},
	{"POLLNVAL", 32}, {"POLLRDNORM", 64}, {"POLLRDBAND", 128}, {"POLLWRNORM", 256}, {"POLLWRBAND", 512},
	{"POLLMSG", 1024}, {"POLLRDHUP", 8192},
	{"EPOLLIN", 1}, {"EPOLLOUT", 4}, {"EPOLLPRI", 2}, {"EPOLLERR", 8}, {"EPOLLHUP", 16}, {"EPOLLRDHUP", 8192},
	{"EPOLLET", 2147483648}, {"EPOLLONESHOT", 1073741824}, {"EPOLLEXCLUSIVE", 268435456}, {"EPOLLRDNORM", 64},
	{"EPOLLRDBAND", 128}, {"EPOLLWRNORM", 256}, {"EPOLLWRBAND", 512}, {"EPOLLMSG", 1024}, {"EPOLL_CLOEXEC", 524288},
}

// pollFd is struct pollfd.
type pollFd struct {
	fd      int32
	events  int16
	revents int16
}

// doPoll calls poll(2), retrying on EINTR with the remaining time;
// timeout < 0 waits forever. On the main thread a signal interrupts the
// wait: the handlers run, an exception one raises ends the call, and
// otherwise the wait goes on for the remaining time (PEP 475).
func doPoll(fds []pollFd, timeoutMs int) (int, *runtime.Exception) {
	var deadline time.Time
	if timeoutMs > 0 {
		deadline = time.Now().Add(time.Duration(timeoutMs) * time.Millisecond)
	}
	if timeoutMs == 0 {
		// A poll that does not wait needs no interruption.
		n, err := pollLoop(fds, 0)
		if err != nil {
			return 0, runtime.NewOSErrorFromGo(err, runtime.Value{}, runtime.Value{})
		}
		return n, nil
	}
	all := append(fds, pollFd{fd: -1, events: 1})
	for {
		var n int
		var err error
		interrupted, exc := runtime.InterruptibleWait(func(wakeFd int) {
			all[len(all)-1].fd = int32(wakeFd)
			n, err = pollLoop(all, timeoutMs)
		})
		if exc != nil {
			return 0, exc
		}
		if err != nil {
			return 0, runtime.NewOSErrorFromGo(err, runtime.Value{}, runtime.Value{})
		}
		wake := all[len(all)-1].revents != 0
		if wake {
			n--
		}
		if !interrupted || n > 0 {
			copy(fds, all)
			return n, nil
		}
		if timeoutMs > 0 {
			left := time.Until(deadline)
			if left <= 0 {
				copy(fds, all)
				return 0, nil
			}
			timeoutMs = int((left + time.Millisecond - 1) / time.Millisecond)
		}
		for i := range all {
			all[i].revents = 0
		}
	}
}

func pollLoop(fds []pollFd, timeoutMs int) (int, error) {
	for {
		var p unsafe.Pointer
		if len(fds) > 0 {
			p = unsafe.Pointer(&fds[0])
		}
		n, _, e := syscall.Syscall(syscall.SYS_POLL, uintptr(p), uintptr(len(fds)), uintptr(timeoutMs))
		if e == syscall.EINTR {
			continue
		}
		if e != 0 {
			return 0, e
		}
		return int(n), nil
	}
}

// fdList converts one of select's lists.
func fdList(v runtime.Value) ([]runtime.Value, []int, *runtime.Exception) {
	it, err := runtime.Iter(v)
	if err != nil {
		return nil, nil, runtime.NewTypeError("arguments 1-3 must be sequences")
	}
	var objs []runtime.Value
	var fds []int
	for {
		x, err := runtime.Next(it)
		if err != nil {
			return nil, nil, err
		}
		if x.IsNull() {
			return objs, fds, nil
		}
		fd, err := runtime.AsFileDescriptor(x)
		if err != nil {
			return nil, nil, err
		}
		if fd >= 1024 {
			return nil, nil, runtime.NewValueError("filedescriptor out of range in select()")
		}
		objs = append(objs, x)
		fds = append(fds, fd)
	}
}

// timeoutMs converts select's timeout in seconds (None waits forever).
func timeoutMs(v runtime.Value) (int, *runtime.Exception) {
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
		return 0, runtime.NewTypeError("timeout must be a float or None")
	}
	if secs < 0 {
		return 0, runtime.NewValueError("timeout must be non-negative")
	}
	ms := math.Ceil(secs * 1000)
	if ms > math.MaxInt32 {
		return 0, runtime.NewOverflowError("timeout is too large")
	}
	return int(ms), nil
}

func select_select(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	var objs [3][]runtime.Value
	var fds [3][]int
	for i := 0; i < 3; i++ {
		var err *runtime.Exception
		if objs[i], fds[i], err = fdList(a[i]); err != nil {
			return runtime.Value{}, err
		}
	}
	ms, err := timeoutMs(a[3])
	if err != nil {
		return runtime.Value{}, err
	}
	events := [3]int16{1 | 8 | 16, 4 | 8, 2} // readable, writable, exceptional
	var pfds []pollFd
	for i := 0; i < 3; i++ {
		for _, fd := range fds[i] {
			pfds = append(pfds, pollFd{fd: int32(fd), events: events[i]})
		}
	}
	if _, e := doPoll(pfds, ms); e != nil {
		return runtime.Value{}, e
	}
	var out [3]runtime.Value
	k := 0
	for i := 0; i < 3; i++ {
		var ready []runtime.Value
		for j := range fds[i] {
			p := pfds[k]
			k++
			if p.revents&32 != 0 { // POLLNVAL: select fails with EBADF
				return runtime.Value{}, runtime.NewOSError(int(syscall.EBADF), runtime.Value{}, runtime.Value{})
			}
			if p.revents&(events[i]|8|16) != 0 && (i != 2 || p.revents&2 != 0) {
				ready = append(ready, objs[i][j])
			}
		}
		out[i] = runtime.NewList(ready)
	}
	return runtime.TupleValue(out[0], out[1], out[2]), nil
}

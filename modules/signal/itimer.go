// This file defines setitimer, getitimer and alarm. ITIMER_REAL and
// ITIMER_VIRTUAL are the kernel's timers: their SIGALRM and SIGVTALRM reach
// Python handlers through os/signal like any signal. Go's runtime keeps
// SIGPROF for its own profiler and never passes it on, so ITIMER_PROF is
// emulated: a goroutine watches the process's CPU time and runs the
// SIGPROF handler when the timer expires.

package signal

import (
	"math"
	"sync"
	"syscall"
	"time"
	"unsafe"

	kr "krait/runtime"
)

const (
	itimerReal    = 0
	itimerVirtual = 1
	itimerProf    = 2
)

// itimerError is signal.ItimerError (named itimer_error, as in CPython).
var itimerError = kr.LazyExceptionClass("signal", "itimer_error", "", kr.OSErrorType)

func itimerFail(e syscall.Errno) *kr.Exception {
	return errnoError(itimerError(), e)
}

type timeval struct{ sec, usec int64 }

type itimerval struct{ interval, value timeval }

func toTimeval(d time.Duration) timeval {
	return timeval{int64(d / time.Second), int64(d%time.Second) / 1000}
}

func (t timeval) seconds() float64 { return float64(t.sec) + float64(t.usec)/1e6 }

func (t timeval) duration() time.Duration {
	return time.Duration(t.sec)*time.Second + time.Duration(t.usec)*time.Microsecond
}

// secondsArg converts a timer argument as _PyTime_FromSecondsObject does
// (rounding up to a microsecond).
func secondsArg(v kr.Value) (time.Duration, *kr.Exception) {
	var f float64
	if fv, ok := kr.FloatValueOf(v); ok {
		f = fv
		if math.IsNaN(f) {
			return 0, kr.NewValueError("Invalid value NaN (not a number)")
		}
	} else {
		i, err := kr.Index(v, "")
		if err != nil {
			return 0, err
		}
		if !i.IsSmallInt() {
			return 0, kr.NewOverflowError("timestamp too large to convert to C _PyTime_t")
		}
		f = float64(i.SmallInt())
	}
	if math.Abs(f)*1e9 >= math.MaxInt64 {
		return 0, kr.NewOverflowError("timestamp too large to convert to C _PyTime_t")
	}
	us := math.Ceil(f * 1e6)
	return time.Duration(us) * time.Microsecond, nil
}

func timerPair(v itimerval) kr.Value {
	return kr.TupleValue(kr.Float(v.value.seconds()), kr.Float(v.interval.seconds()))
}

func signal_setitimer(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	which, err := kr.CIntConverter(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	value, err := secondsArg(a[1])
	if err != nil {
		return kr.Value{}, err
	}
	var interval time.Duration
	if !a[2].IsNull() {
		if interval, err = secondsArg(a[2]); err != nil {
			return kr.Value{}, err
		}
	}
	if value < 0 || interval < 0 {
		return kr.Value{}, itimerFail(syscall.EINVAL)
	}
	newv := itimerval{interval: toTimeval(interval), value: toTimeval(value)}
	old, e := setitimer(which, newv)
	if e != 0 {
		return kr.Value{}, itimerFail(e)
	}
	return timerPair(old), nil
}

func signal_getitimer(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	which, err := kr.CIntConverter(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	cur, e := getitimer(which)
	if e != 0 {
		return kr.Value{}, itimerFail(e)
	}
	return timerPair(cur), nil
}

func setitimer(which int, v itimerval) (itimerval, syscall.Errno) {
	if which == itimerProf {
		return prof.set(v), 0
	}
	var old itimerval
	_, _, e := syscall.RawSyscall(syscall.SYS_SETITIMER, uintptr(which), uintptr(unsafe.Pointer(&v)), uintptr(unsafe.Pointer(&old)))
	return old, e
}

func getitimer(which int) (itimerval, syscall.Errno) {
	if which == itimerProf {
		return prof.get(), 0
	}
	var cur itimerval
	_, _, e := syscall.RawSyscall(syscall.SYS_GETITIMER, uintptr(which), uintptr(unsafe.Pointer(&cur)), 0)
	return cur, e
}

// signal_alarm is alarm(3): ITIMER_REAL in whole seconds; it returns the
// seconds left of the previous alarm, rounded, and at least 1 if one was
// pending.
func signal_alarm(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	i, err := kr.Index(a[0], "")
	if err != nil {
		return kr.Value{}, err
	}
	if !i.IsSmallInt() || i.SmallInt() != int64(uint32(i.SmallInt())) {
		return kr.Value{}, kr.NewOverflowError("Python int too large to convert to C unsigned int")
	}
	old, _ := setitimer(itimerReal, itimerval{value: timeval{sec: i.SmallInt()}})
	left := old.value.sec
	if old.value.usec >= 500000 {
		left++
	}
	if left == 0 && old.value.usec > 0 {
		left = 1
	}
	return kr.Int(left), nil
}

// profTimer emulates ITIMER_PROF over the process's CPU time (user and
// system), which getrusage reports.
type profTimer struct {
	mu       sync.Mutex
	deadline time.Duration // CPU time at which it expires; 0 when disarmed
	interval time.Duration
	gen      int // bumps when re-armed, ending the previous watcher
}

var prof profTimer

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func (p *profTimer) currentLocked(now time.Duration) itimerval {
	if p.deadline == 0 {
		return itimerval{}
	}
	left := max(p.deadline-now, time.Microsecond)
	return itimerval{interval: toTimeval(p.interval), value: toTimeval(left)}
}

func (p *profTimer) get() itimerval {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.currentLocked(cpuTime())
}

func (p *profTimer) set(v itimerval) itimerval {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := cpuTime()
	old := p.currentLocked(now)
	p.gen++
	p.deadline, p.interval = 0, v.interval.duration()
	if d := v.value.duration(); d > 0 {
		p.deadline = now + d
		go p.watch(p.gen)
	}
	return old
}

// watch polls the CPU clock until the timer expires, then delivers
// SIGPROF's handler and re-arms with the interval.
func (p *profTimer) watch(gen int) {
	for {
		p.mu.Lock()
		if p.gen != gen || p.deadline == 0 {
			p.mu.Unlock()
			return
		}
		left := p.deadline - cpuTime()
		if left <= 0 {
			p.deadline = 0
			if p.interval > 0 {
				p.deadline = cpuTime() + p.interval
			}
			p.mu.Unlock()
			deliverProf()
			continue
		}
		p.mu.Unlock()
		kr.EnsureNetpoll()
		time.Sleep(min(max(left/4, 100*time.Microsecond), 20*time.Millisecond))
	}
}

// deliverProf acts as SIGPROF would: the Python handler runs; SIG_DFL
// ends the process as the signal's default action does.
func deliverProf() {
	h := handlers[syscall.SIGPROF]
	switch {
	case h.IsSmallInt() && h.SmallInt() == sigIGN:
	case h.IsSmallInt():
		syscall.Exit(128 + int(syscall.SIGPROF))
	default:
		trip(int(syscall.SIGPROF))
	}
}

// This file defines pthread_sigmask, sigpending, sigwait, sigwaitinfo,
// sigtimedwait and pidfd_send_signal. Go's runtime owns the threads'
// signal masks (it must receive every signal on its own handler), so the
// mask is emulated, process-wide: a signal "blocked" through
// pthread_sigmask is still caught by os/signal, but instead of running its
// handler it becomes pending, where sigpending and the sigwait family find
// it; unblocking delivers what is pending, as the kernel does.

package signal

import (
	"os"
	ossignal "os/signal"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"krait/internal/nopoll"
	kr "krait/runtime"
)

var mask struct {
	mu      sync.Mutex
	blocked [nsig]bool
	pending [nsig]bool
	fromUs  [nsig]bool // the pending signal was sent by this process
	wake    chan struct{}
}

// selfSent counts signals this process is sending itself, so that a
// pending one reports this process as its sender.
var selfSent [nsig]atomic.Int32

var siginfoType = kr.NewStructSeqType(&kr.StructSeqSpec{
	Name: "signal.struct_siginfo",
	Doc: "struct_siginfo: Result from sigwaitinfo or sigtimedwait.\n\n" +
		"This object may be accessed either as a tuple of\n" +
		"(si_signo, si_code, si_errno, si_pid, si_uid, si_status, si_band),\n" +
		"or via the attributes si_signo, si_code, and so on.",
	Fields: []string{"si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band"},
	NSeq:   7,
})

// inheritMask starts the emulated mask from the one the process was
// started with (a parent's posix_spawn setsigmask, or a shell's): Go's
// threads keep the inherited blocked signals blocked, but os/signal
// unblocks a signal on its own thread once it is caught, so a signal
// blocked since exec would otherwise be delivered (SIGUSR1's default
// action ends the process).
func inheritMask() {
	var cur uint64
	syscall.RawSyscall6(syscall.SYS_RT_SIGPROCMASK, 0 /* SIG_BLOCK */, 0, uintptr(unsafe.Pointer(&cur)), 8, 0, 0)
	mask.mu.Lock()
	defer mask.mu.Unlock()
	for n := 1; n < nsig; n++ {
		if cur&(1<<(n-1)) != 0 && n != 32 && n != 33 {
			mask.blocked[n] = true
		}
	}
	execBlocked = mask.blocked
}

// holdIfBlocked makes signal n pending when it is blocked, reporting
// whether it did (the handler must then not run).
func holdIfBlocked(n int) bool {
	mask.mu.Lock()
	defer mask.mu.Unlock()
	if !mask.blocked[n] {
		return false
	}
	mask.pending[n] = true
	mask.fromUs[n] = selfSent[n].Load() > 0
	if mask.wake != nil {
		close(mask.wake)
		mask.wake = nil
	}
	return true
}

func isBlocked(n int) bool {
	mask.mu.Lock()
	defer mask.mu.Unlock()
	return mask.blocked[n]
}

// sigset converts an iterable of signal numbers.
func sigset(v kr.Value) ([nsig]bool, *kr.Exception) {
	var set [nsig]bool
	it, err := kr.Iter(v)
	if err != nil {
		return set, err
	}
	for {
		item, err := kr.Next(it)
		if err != nil {
			return set, err
		}
		if item.IsNull() {
			return set, nil
		}
		i, err := kr.Index(item, "")
		if err != nil {
			return set, err
		}
		if !i.IsSmallInt() || i.SmallInt() < 1 || i.SmallInt() >= nsig {
			r, _ := kr.Repr(i)
			return set, kr.NewValueError("signal number %s out of range [1; %d]", r, nsig-1)
		}
		set[i.SmallInt()] = true
	}
}

func setValue(set *[nsig]bool) (kr.Value, *kr.Exception) {
	var items []kr.Value
	for n, in := range set {
		if in {
			items = append(items, kr.Int(int64(n)))
		}
	}
	return kr.Call(kr.SetType.Value(), []kr.Value{kr.NewList(items)}, nil)
}

func signal_pthread_sigmask(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	how, err := kr.CIntConverter(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	set, err := sigset(a[1])
	if err != nil {
		return kr.Value{}, err
	}
	if how < 0 || how > 2 {
		return kr.Value{}, osError(syscall.EINVAL)
	}
	setup()
	mask.mu.Lock()
	old := mask.blocked
	for n := 1; n < nsig; n++ {
		want := old[n]
		switch how {
		case 0: // SIG_BLOCK
			want = want || set[n]
		case 1: // SIG_UNBLOCK
			want = want && !set[n]
		case 2: // SIG_SETMASK
			want = set[n]
		}
		if s := syscall.Signal(n); s == syscall.SIGKILL || s == syscall.SIGSTOP {
			want = false
		}
		mask.blocked[n] = want
	}
	noteOwnMask(int(how), &set)
	var deliver []int
	for n := 1; n < nsig; n++ {
		switch {
		case mask.blocked[n] && !old[n]:
			catchWhileBlocked(n)
		case !mask.blocked[n] && old[n]:
			if mask.pending[n] {
				mask.pending[n] = false
				deliver = append(deliver, n)
			} else {
				restoreAfterBlock(n)
			}
		}
	}
	mask.mu.Unlock()
	for _, n := range deliver {
		deliverPending(n)
	}
	if err := kr.CheckEvalBreaker(); err != nil {
		return kr.Value{}, err
	}
	return setValue(&old)
}

// catchWhileBlocked makes os/signal catch signal n while it is blocked,
// so that a signal whose action is the default one waits as pending
// instead of killing the process.
func catchWhileBlocked(n int) {
	h := handlers[n]
	if kr.ForkGeneration() > 0 || n == 32 || n == 33 || h.IsSmallInt() && h.SmallInt() == sigIGN {
		return
	}
	if dflIgnoredQuiet(n, h) {
		return
	}
	watch()
	ossignal.Notify(sigCh, syscall.Signal(n))
}

// restoreAfterBlock gives a signal with the default action back to it.
func restoreAfterBlock(n int) {
	if h := handlers[n]; h.IsSmallInt() && h.SmallInt() == sigDFL && kr.ForkGeneration() == 0 && n != 32 && n != 33 {
		setDefault(n)
	}
}

// deliverPending acts as the kernel does when a pending signal is
// unblocked: its handler runs, or its default action happens.
func deliverPending(n int) {
	h := handlers[n]
	switch {
	case !h.IsSmallInt():
		trip(n)
	case h.SmallInt() == sigDFL && isGoDropped(n):
		defaultAction(n)
	case h.SmallInt() == sigDFL:
		restoreAfterBlock(n)
		syscall.Kill(os.Getpid(), syscall.Signal(n))
	}
}

func signal_sigpending(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	mask.mu.Lock()
	pending := mask.pending
	mask.mu.Unlock()
	return setValue(&pending)
}

func signal_sigwait(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	n, _, err := waitPending(a[0], -1)
	if err != nil {
		return kr.Value{}, err
	}
	return kr.Int(int64(n)), nil
}

func signal_sigwaitinfo(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	n, fromUs, err := waitPending(a[0], -1)
	if err != nil {
		return kr.Value{}, err
	}
	return siginfo(n, fromUs), nil
}

func signal_sigtimedwait(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	timeout, err := secondsArg(a[1])
	if err != nil {
		return kr.Value{}, err
	}
	if timeout < 0 {
		return kr.Value{}, kr.NewValueError("timeout must be non-negative")
	}
	n, fromUs, err := waitPending(a[0], timeout)
	if err != nil || n == 0 {
		return kr.None, err
	}
	return siginfo(n, fromUs), nil
}

// siginfo describes a signal sent with kill(2): si_code SI_USER, and the
// sender when it was this process (os/signal does not tell the others).
func siginfo(n int, fromUs bool) kr.Value {
	pid, uid := 0, 0
	if fromUs {
		pid, uid = os.Getpid(), os.Getuid()
	}
	band := int64(pid) | int64(uid)<<32
	return kr.NewStructSeq(siginfoType, []kr.Value{kr.Int(int64(n)), kr.Int(0), kr.Int(0),
		kr.Int(int64(pid)), kr.Int(int64(uid)), kr.Int(0), kr.Int(band)})
}

// waitPending takes a pending signal of the set, waiting for one up to
// timeout (forever when negative); it returns 0 on timeout.
func waitPending(setArg kr.Value, timeout time.Duration) (int, bool, *kr.Exception) {
	set, err := sigset(setArg)
	if err != nil {
		return 0, false, err
	}
	var deadline time.Time
	if timeout >= 0 {
		deadline = time.Now().Add(timeout)
	}
	for {
		mask.mu.Lock()
		for n := 1; n < nsig; n++ {
			if set[n] && mask.pending[n] {
				mask.pending[n] = false
				fromUs := mask.fromUs[n]
				mask.mu.Unlock()
				return n, fromUs, nil
			}
		}
		if mask.wake == nil {
			mask.wake = make(chan struct{})
		}
		wake := mask.wake
		mask.mu.Unlock()
		if timeout >= 0 && !time.Now().Before(deadline) {
			return 0, false, nil
		}
		wait := 50 * time.Millisecond
		if timeout >= 0 {
			wait = min(wait, time.Until(deadline))
		}
		kr.EnsureNetpoll()
		kr.BlockingCall(func() {
			select {
			case <-wake:
			case <-time.After(wait):
			}
		})
		if err := kr.CheckEvalBreaker(); err != nil {
			return 0, false, err
		}
	}
}

func signal_pidfd_send_signal(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	fd, err := kr.CIntConverter(a[0])
	if err != nil {
		return kr.Value{}, err
	}
	sig, err := kr.CIntConverter(a[1])
	if err != nil {
		return kr.Value{}, err
	}
	if !a[2].IsNull() && !a[2].IsNone() {
		return kr.Value{}, kr.NewTypeError("siginfo must be None")
	}
	flags := 0
	if !a[3].IsNull() {
		if flags, err = kr.CIntConverter(a[3]); err != nil {
			return kr.Value{}, err
		}
	}
	const sysPidfdSendSignal = 424 // the same number on every Linux architecture
	send := func() error {
		if _, _, e := syscall.Syscall6(sysPidfdSendSignal, uintptr(fd), uintptr(sig), 0, uintptr(flags), 0, 0); e != 0 {
			return e
		}
		return nil
	}
	var e error
	if sig > 0 && sig < nsig && pidfdIsSelf(fd) {
		// As os.kill to this process: the handler runs before the call returns.
		var err *kr.Exception
		if e, err = sendSelfSignal(sig, send); err != nil {
			return kr.Value{}, err
		}
	} else {
		e = send()
	}
	if e != nil {
		return kr.Value{}, osError(e.(syscall.Errno))
	}
	return kr.None, nil
}

// pidfdIsSelf reports whether the pidfd refers to this process: a
// /proc/PID directory, or a pidfd whose /proc/self/fdinfo "Pid:" line
// names it.
func pidfdIsSelf(fd int) bool {
	self := strconv.Itoa(os.Getpid())
	if target, err := os.Readlink("/proc/self/fd/" + strconv.Itoa(fd)); err == nil && target == "/proc/"+self {
		return true
	}
	b, err := nopoll.ReadFile("/proc/self/fdinfo/" + strconv.Itoa(fd))
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "Pid:"); ok {
			return strings.TrimSpace(v) == self
		}
	}
	return false
}

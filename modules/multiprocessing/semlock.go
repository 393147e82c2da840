// Package multiprocessing is CPython's _multiprocessing module: SemLock, the
// semaphore that multiprocessing's Lock, RLock, Semaphore, Condition, Event
// and Queue are built on, and sem_unlink.
//
// A SemLock is a POSIX named semaphore laid out as glibc's sem_t (a 64-bit
// word: the value in the low half, the number of waiters in the high half)
// in a file under /dev/shm, mapped shared, so that forked children and
// processes that reopen it by name (and CPython processes) share it.
// Waiting is a futex wait on the value word; posting wakes one waiter.
package multiprocessing

import (
	"math"
	"strings"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	kr "krait/runtime"
)

// Module is _multiprocessing.
var Module = &kr.ModuleDef{Name: "_multiprocessing", Methods: []kr.Method{
	{Name: "sem_unlink", Sig: "name, /", Fn: mp_sem_unlink},
}, Exec: func(m *kr.Module) *kr.Exception {
	flags := kr.NewDict()
	flags.SetStr(kr.Intern("HAVE_SEM_OPEN"), kr.Int(1))
	flags.SetStr(kr.Intern("HAVE_SEM_TIMEDWAIT"), kr.Int(1))
	m.Dict.SetStr(kr.Intern("flags"), flags.Value())
	m.Dict.SetStr(kr.Intern("SemLock"), SemLockType.Value())
	return nil
}}

const (
	recursiveMutex = 0
	semaphore      = 1
	semValueMax    = math.MaxInt32
	semSize        = 32 // sizeof(sem_t) on 64-bit Linux
)

// SemLock is a _multiprocessing.SemLock.
type SemLock struct {
	kr.Header
	word     *uint64 // the shared sem_t's value and waiter count
	mem      []byte  // the mapping holding word
	kind     int
	maxvalue int64
	name     kr.Value // str, or None once unlinked
	count    int      // acquisitions held by this process (RLock depth)
	lastTid  int64    // the thread that last acquired it
}

// SemLockType is _multiprocessing.SemLock.
var SemLockType = kr.NewNativeType(&kr.TypeSpec{Name: "_multiprocessing.SemLock", Flags: kr.FlagBaseType,
	Doc: "Semaphore/Mutex type", Methods: semlockMethods, GetSets: semlockGetSets}, func(t *kr.Type) {
	t.New = semlock_new
})

func init() {
	SemLockType.Dict.SetStr(kr.Intern("SEM_VALUE_MAX"), kr.Int(semValueMax))
}

var semlockMethods = []kr.Method{
	{Name: "acquire", Sig: "block=, timeout=", Fn: semlock_acquire},
	{Name: "release", Flags: kr.MethNoArgs, Fn: semlock_release},
	{Name: "__enter__", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		return semlock_acquire(self, []kr.Value{{}, {}})
	}},
	{Name: "__exit__", Sig: "*args", Fn: semlock_release},
	{Name: "_count", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		return kr.Int(int64(kr.PtrOf[SemLock](self).count)), nil
	}},
	{Name: "_is_mine", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		return kr.Bool(kr.PtrOf[SemLock](self).isMine()), nil
	}},
	{Name: "_get_value", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		return kr.Int(int64(kr.PtrOf[SemLock](self).value())), nil
	}},
	{Name: "_is_zero", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		return kr.Bool(kr.PtrOf[SemLock](self).value() == 0), nil
	}},
	{Name: "_after_fork", Flags: kr.MethNoArgs, Fn: func(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
		kr.PtrOf[SemLock](self).count = 0
		return kr.None, nil
	}},
	{Name: "_rebuild", Sig: "handle, kind, maxvalue, name, /", Flags: kr.MethClass, Fn: semlock_rebuild},
}

var semlockGetSets = []kr.GetSetDef{
	{Name: "handle", Member: true, Get: func(self kr.Value) (kr.Value, *kr.Exception) {
		return kr.Int(int64(uintptr(unsafe.Pointer(kr.PtrOf[SemLock](self).word)))), nil
	}},
	{Name: "kind", Member: true, Get: func(self kr.Value) (kr.Value, *kr.Exception) {
		return kr.Int(int64(kr.PtrOf[SemLock](self).kind)), nil
	}},
	{Name: "maxvalue", Member: true, Get: func(self kr.Value) (kr.Value, *kr.Exception) {
		return kr.Int(kr.PtrOf[SemLock](self).maxvalue), nil
	}},
	{Name: "name", Member: true, Get: func(self kr.Value) (kr.Value, *kr.Exception) {
		return kr.PtrOf[SemLock](self).name, nil
	}},
}

// semPath is the file glibc keeps the named semaphore name in.
func semPath(name string) string { return "/dev/shm/sem." + strings.TrimPrefix(name, "/") }

// semOpen maps the semaphore file; create makes it (failing if it exists)
// with the initial value.
func semOpen(name string, create bool, value uint32) ([]byte, error) {
	flags := syscall.O_RDWR | syscall.O_CLOEXEC
	if create {
		flags |= syscall.O_CREAT | syscall.O_EXCL
	}
	fd, err := syscall.Open(semPath(name), flags, 0o600)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	if create {
		var init [semSize]byte
		*(*uint32)(unsafe.Pointer(&init[0])) = value
		if _, err := syscall.Write(fd, init[:]); err != nil {
			syscall.Unlink(semPath(name))
			return nil, err
		}
	}
	return syscall.Mmap(fd, 0, semSize, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_SHARED)
}

func newSemLock(t *kr.Type, mem []byte, kind int, maxvalue int64, name kr.Value) kr.Value {
	s := &SemLock{mem: mem, word: (*uint64)(unsafe.Pointer(&mem[0])), kind: kind, maxvalue: maxvalue, name: name}
	s.SetType(t)
	return kr.ValueOf(s)
}

// semlockNewSig is SemLock's constructor signature.
var semlockNewSig = kr.Method{Name: "SemLock", Sig: "kind, value, maxvalue, name, unlink"}

func semlock_new(t *kr.Type, args []kr.Value, kwnames []*kr.Str) (kr.Value, *kr.Exception) {
	a, err := kr.BindArgs(&semlockNewSig, args, kwnames, nil)
	if err != nil {
		return kr.Value{}, err
	}
	kind, value, maxvalue := a[0].SmallInt(), a[1].SmallInt(), a[2].SmallInt()
	if !a[0].IsSmallInt() || (kind != recursiveMutex && kind != semaphore) {
		return kr.Value{}, kr.NewValueError("unrecognized kind")
	}
	name, ok := a[3].TryStr()
	if !ok {
		return kr.Value{}, kr.NewTypeError("SemLock() argument 'name' must be str, not %s", a[3].Type().Name)
	}
	if value < 0 || value > semValueMax {
		return kr.Value{}, kr.NewValueError("invalid value")
	}
	mem, e := semOpen(name.S, true, uint32(value))
	if e != nil {
		return kr.Value{}, kr.NewOSErrorFromGo(e, kr.Value{}, kr.Value{})
	}
	unlink, err := kr.IsTrue(a[4])
	if err != nil {
		return kr.Value{}, err
	}
	nameVal := name.Value()
	if unlink {
		syscall.Unlink(semPath(name.S))
		nameVal = kr.None
	}
	return newSemLock(t, mem, int(kind), maxvalue, nameVal), nil
}

func semlock_rebuild(cls kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	name, ok := a[3].TryStr()
	if !ok {
		// Unnamed: only the process that forked from its creator has it.
		return kr.Value{}, kr.NewOSErrorFromGo(syscall.EINVAL, kr.Value{}, kr.Value{})
	}
	mem, e := semOpen(name.S, false, 0)
	if e != nil {
		return kr.Value{}, kr.NewOSErrorFromGo(e, kr.Value{}, kr.Value{})
	}
	return newSemLock(cls.AsType(), mem, int(a[1].SmallInt()), a[2].SmallInt(), a[3]), nil
}

func mp_sem_unlink(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	name, ok := a[0].TryStr()
	if !ok {
		return kr.Value{}, kr.NewTypeError("sem_unlink() argument must be str, not %s", a[0].Type().Name)
	}
	if e := syscall.Unlink(semPath(name.S)); e != nil {
		return kr.Value{}, kr.NewOSErrorFromGo(e, kr.Value{}, kr.Value{})
	}
	return kr.None, nil
}

func (s *SemLock) value() uint32 { return uint32(atomic.LoadUint64(s.word)) }

func (s *SemLock) isMine() bool {
	return s.count > 0 && s.lastTid == kr.CurrentThread().Ident()
}

// tryWait takes one unit if the value is positive.
func (s *SemLock) tryWait() bool {
	for {
		w := atomic.LoadUint64(s.word)
		if uint32(w) == 0 {
			return false
		}
		if atomic.CompareAndSwapUint64(s.word, w, w-1) {
			return true
		}
	}
}

// post adds one unit and wakes a waiter if there is one.
func (s *SemLock) post() {
	w := atomic.AddUint64(s.word, 1)
	if w>>32 != 0 {
		syscall.Syscall6(syscall.SYS_FUTEX, uintptr(unsafe.Pointer(s.word)), 1 /* FUTEX_WAKE */, 1, 0, 0, 0)
	}
}

// waitSlice is how long one futex wait lasts before the waiter checks for
// signals to handle (the handlers run with the GIL held).
const waitSlice = 50 * time.Millisecond

// wait blocks until it takes a unit or the deadline passes (zero: none).
func (s *SemLock) wait(deadline time.Time) (bool, *kr.Exception) {
	atomic.AddUint64(s.word, 1<<32)
	defer atomic.AddUint64(s.word, ^uint64(1<<32-1))
	for {
		if s.tryWait() {
			return true, nil
		}
		d := waitSlice
		if !deadline.IsZero() {
			left := time.Until(deadline)
			if left <= 0 {
				return false, nil
			}
			d = min(d, left)
		}
		ts := syscall.NsecToTimespec(int64(d))
		kr.BlockingCall(func() {
			syscall.Syscall6(syscall.SYS_FUTEX, uintptr(unsafe.Pointer(s.word)), 0 /* FUTEX_WAIT */, 0, uintptr(unsafe.Pointer(&ts)), 0, 0)
		})
		if err := kr.CheckEvalBreaker(); err != nil {
			return false, err
		}
	}
}

func semlock_acquire(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	s := kr.PtrOf[SemLock](self)
	block := true
	if !a[0].IsNull() {
		b, err := kr.IsTrue(a[0])
		if err != nil {
			return kr.Value{}, err
		}
		block = b
	}
	if s.kind == recursiveMutex && s.isMine() {
		s.count++
		return kr.True, nil
	}
	var deadline time.Time
	if block && !a[1].IsNull() && !a[1].IsNone() {
		t, ok := kr.FloatValueOf(a[1])
		if !ok && a[1].IsSmallInt() {
			t, ok = float64(a[1].SmallInt()), true
		}
		if !ok {
			return kr.Value{}, kr.NewTypeError("must be real number, not %s", a[1].Type().Name)
		}
		deadline = time.Now().Add(time.Duration(max(t, 0) * 1e9))
		if t <= 0 {
			block = false
		}
	}
	got := s.tryWait()
	if !got && block {
		var err *kr.Exception
		if got, err = s.wait(deadline); err != nil {
			return kr.Value{}, err
		}
	}
	if !got {
		return kr.False, nil
	}
	s.count++
	s.lastTid = kr.CurrentThread().Ident()
	return kr.True, nil
}

func semlock_release(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	s := kr.PtrOf[SemLock](self)
	if s.kind == recursiveMutex {
		if !s.isMine() {
			return kr.Value{}, kr.NewExceptionMsg(kr.ExceptionTypeByName("AssertionError"), "attempt to release recursive lock not owned by thread")
		}
		if s.count > 1 {
			s.count--
			return kr.None, nil
		}
	} else if int64(s.value()) >= s.maxvalue {
		return kr.Value{}, kr.NewValueError("semaphore or lock released too many times")
	}
	s.post()
	s.count--
	return kr.None, nil
}

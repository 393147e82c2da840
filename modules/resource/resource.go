// Package resource is CPython 3.11's resource module on Linux: resource
// limits (getrlimit, setrlimit, prlimit), getrusage and getpagesize.
package resource

import (
	"os"
	"syscall"
	"unsafe"

	"krait/runtime"
)

// Module is the resource module.
var Module = &runtime.ModuleDef{
	Name: "resource",
	Methods: []runtime.Method{
		{Name: "getrusage", Sig: "who, /", Fn: resource_getrusage},
		{Name: "getrlimit", Sig: "resource, /", Fn: resource_getrlimit},
		{Name: "setrlimit", Sig: "resource, limits, /", Fn: resource_setrlimit},
		{Name: "prlimit", Sig: "pid, resource, limits=, /", Fn: resource_prlimit},
		{Name: "getpagesize", Flags: runtime.MethNoArgs, Fn: func(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
			return runtime.Int(int64(os.Getpagesize())), nil
		}},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("error", runtime.OSErrorType.Value())
		m.SetAttr("struct_rusage", structRusageType.Value())
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
	{"RLIMIT_CPU", 0}, {"RLIMIT_FSIZE", 1}, {"RLIMIT_DATA", 2}, {"RLIMIT_STACK", 3}, {"RLIMIT_CORE", 4},
	{"RLIMIT_NOFILE", 7}, {"RLIMIT_OFILE", 7}, {"RLIMIT_AS", 9}, {"RLIMIT_RSS", 5}, {"RLIMIT_NPROC", 6},
	{"RLIMIT_MEMLOCK", 8}, {"RLIMIT_MSGQUEUE", 12}, {"RLIMIT_NICE", 13}, {"RLIMIT_RTPRIO", 14},
	{"RLIMIT_RTTIME", 15}, {"RLIMIT_SIGPENDING", 11}, {"RUSAGE_SELF", 0}, {"RUSAGE_CHILDREN", -1},
	{"RUSAGE_THREAD", 1}, {"RLIM_INFINITY", -1},
}

const rlimNlimits = 16

var structRusageType = runtime.NewStructSeqType(&runtime.StructSeqSpec{
	Name: "resource.struct_rusage",
	Doc: "struct_rusage: Result from getrusage.\n\n" +
		"This object may be accessed either as a tuple of\n" +
		"    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n" +
		"    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\n" +
		"or via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
	Fields: []string{"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt",
		"ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals",
		"ru_nvcsw", "ru_nivcsw"},
	NSeq: 16,
})

func cInt(v runtime.Value) (int, *runtime.Exception) { return runtime.CIntConverter(v) }

func resource_getrusage(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	who, err := cInt(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	var ru syscall.Rusage
	if e := syscall.Getrusage(who, &ru); e != nil {
		if e == syscall.EINVAL {
			return runtime.Value{}, runtime.NewValueError("invalid who parameter")
		}
		return runtime.Value{}, runtime.NewOSErrorFromGo(e, runtime.Value{}, runtime.Value{})
	}
	tv := func(t syscall.Timeval) runtime.Value { return runtime.Float(float64(t.Sec) + float64(t.Usec)*1e-6) }
	i := runtime.Int
	return runtime.NewStructSeq(structRusageType, []runtime.Value{tv(ru.Utime), tv(ru.Stime), i(ru.Maxrss),
		i(ru.Ixrss), i(ru.Idrss), i(ru.Isrss), i(ru.Minflt), i(ru.Majflt), i(ru.Nswap), i(ru.Inblock),
		i(ru.Oublock), i(ru.Msgsnd), i(ru.Msgrcv), i(ru.Nsignals), i(ru.Nvcsw), i(ru.Nivcsw)}), nil
}

func resourceArg(v runtime.Value) (int, *runtime.Exception) {
	r, err := cInt(v)
	if err != nil {
		return 0, err
	}
	if r < 0 || r >= rlimNlimits {
		return 0, runtime.NewValueError("invalid resource specified")
	}
	return r, nil
}

func limitValue(u uint64) runtime.Value { return runtime.Int(int64(u)) }

func limitsValue(r *syscall.Rlimit) runtime.Value {
	return runtime.TupleValue(limitValue(r.Cur), limitValue(r.Max))
}

// limitsArg converts a (soft, hard) pair.
func limitsArg(v runtime.Value) (*syscall.Rlimit, *runtime.Exception) {
	it, err := runtime.Iter(v)
	if err != nil {
		return nil, err
	}
	var items []runtime.Value
	for {
		x, err := runtime.Next(it)
		if err != nil {
			return nil, err
		}
		if x.IsNull() {
			break
		}
		items = append(items, x)
	}
	if len(items) != 2 {
		return nil, runtime.NewValueError("expected a tuple of 2 integers")
	}
	var r syscall.Rlimit
	for i, x := range items {
		n, err := runtime.IndexInt64(x, "")
		if err != nil {
			return nil, err
		}
		if i == 0 {
			r.Cur = uint64(n)
		} else {
			r.Max = uint64(n)
		}
	}
	return &r, nil
}

func resource_getrlimit(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	res, err := resourceArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	var r syscall.Rlimit
	if e := syscall.Getrlimit(res, &r); e != nil {
		return runtime.Value{}, runtime.NewOSErrorFromGo(e, runtime.Value{}, runtime.Value{})
	}
	return limitsValue(&r), nil
}

// limitError converts a failed setrlimit/prlimit as CPython does.
func limitError(e error) *runtime.Exception {
	switch e {
	case syscall.EINVAL:
		return runtime.NewValueError("current limit exceeds maximum limit")
	case syscall.EPERM:
		return runtime.NewValueError("not allowed to raise maximum limit")
	}
	return runtime.NewOSErrorFromGo(e, runtime.Value{}, runtime.Value{})
}

func resource_setrlimit(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	res, err := resourceArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	r, err := limitsArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	if e := syscall.Setrlimit(res, r); e != nil {
		return runtime.Value{}, limitError(e)
	}
	return runtime.None, nil
}

func resource_prlimit(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := cInt(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	res, err := resourceArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	var newp *syscall.Rlimit
	if !a[2].IsNull() {
		if newp, err = limitsArg(a[2]); err != nil {
			return runtime.Value{}, err
		}
	}
	var old syscall.Rlimit
	_, _, e := syscall.RawSyscall6(syscall.SYS_PRLIMIT64, uintptr(pid), uintptr(res), uintptr(unsafe.Pointer(newp)),
		uintptr(unsafe.Pointer(&old)), 0, 0)
	if e != 0 {
		return runtime.Value{}, limitError(e)
	}
	return limitsValue(&old), nil
}

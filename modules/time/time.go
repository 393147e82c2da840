// Package time is CPython 3.11's time module on Linux: clocks read with
// clock_gettime, struct_time, gmtime/localtime/mktime over Go's time zone
// database (TZ or /etc/localtime, as the C library reads them), strftime
// with glibc's C-locale semantics, and strptime delegated to _strptime.
package time

import (
	"math"
	"syscall"
	gotime "time"
	"unsafe"

	"krait/runtime"
)

// Module is the time module.
var Module = &runtime.ModuleDef{
	Name:    "time",
	Doc:     timeDoc,
	Methods: timeMethods,
	Exec:    timeExec,
}

// The clock ids of clock_gettime.
const (
	clockRealtime         = 0
	clockMonotonic        = 1
	clockProcessCPUTimeID = 2
	clockThreadCPUTimeID  = 3
	clockMonotonicRaw     = 4
	clockBoottime         = 7
	clockTAI              = 11
)

// structTimeType is time.struct_time.
var structTimeType = runtime.NewStructSeqType(&runtime.StructSeqSpec{
	Name: "time.struct_time",
	Doc: "The time value as returned by gmtime(), localtime(), and strptime(), and\n" +
		" accepted by asctime(), mktime() and strftime().  May be considered as a\n" +
		" sequence of 9 integers.\n\n" +
		" Note that several fields' values are not the same as those defined by\n" +
		" the C language standard for struct tm.  For example, the value of the\n" +
		" field tm_year is the actual year, not year - 1900.  See individual\n" +
		" fields' descriptions for details.",
	Fields: []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
		"tm_isdst", "tm_zone", "tm_gmtoff"},
	NSeq: 9,
})

// clockGettime reads clock id in nanoseconds.
func clockGettime(id int) (int64, error) {
	if id == clockMonotonic {
		return nanotime(), nil // aloop15_monotonic.go
	}
	var ts syscall.Timespec
	_, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0)
	if e != 0 {
		return 0, e
	}
	return ts.Sec*1e9 + ts.Nsec, nil
}

func clockGetres(id int) (int64, error) {
	var ts syscall.Timespec
	_, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETRES, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0)
	if e != 0 {
		return 0, e
	}
	return ts.Sec*1e9 + ts.Nsec, nil
}

// seconds converts nanoseconds to float seconds as _PyTime_AsSecondsDouble.
func seconds(ns int64) float64 {
	if ns%1e9 == 0 {
		return float64(ns / 1e9)
	}
	return float64(ns) / 1e9
}

// clockFn makes a function returning clock id as float seconds or int ns.
func clockFn(id int, ns bool) runtime.MethodFunc {
	return func(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		if id == clockThreadCPUTimeID {
			runtime.CurrentThread().PinOSThread()
		}
		t, err := clockGettime(id)
		if err != nil {
			return runtime.Value{}, runtime.NewOSErrorFromGo(err, runtime.Value{}, runtime.Value{})
		}
		if ns {
			return runtime.Int(t), nil
		}
		return runtime.Float(seconds(t)), nil
	}
}

func clockArg(v runtime.Value) (int, *runtime.Exception) {
	n, err := runtime.IndexInt64(v, "")
	return int(n), err
}

func time_clock_gettime(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	id, err := clockArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return clockFn(id, false)(runtime.Value{}, nil)
}

func time_clock_gettime_ns(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	id, err := clockArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return clockFn(id, true)(runtime.Value{}, nil)
}

func time_clock_getres(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	id, err := clockArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	r, e := clockGetres(id)
	if e != nil {
		return runtime.Value{}, runtime.NewOSErrorFromGo(e, runtime.Value{}, runtime.Value{})
	}
	return runtime.Float(seconds(r)), nil
}

func clockSettime(id int, ns int64) *runtime.Exception {
	ts := syscall.NsecToTimespec(ns)
	if _, _, e := syscall.Syscall(syscall.SYS_CLOCK_SETTIME, uintptr(id), uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return runtime.NewOSError(int(e), runtime.Value{}, runtime.Value{})
	}
	return nil
}

func time_clock_settime(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	id, err := clockArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	secs, err := secondsArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.None, clockSettime(id, int64(secs*1e9))
}

func time_clock_settime_ns(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	id, err := clockArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	ns, err := runtime.IndexInt64(a[1], "")
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.None, clockSettime(id, ns)
}

// time_pthread_getcpuclockid returns the CPU-time clock of a thread as
// glibc encodes it, ((~tid) << 3) | CPUCLOCK_SCHED | CPUCLOCK_PERTHREAD.
// Go does not expose pthread ids, so every thread id gets the clock of
// the calling OS thread.
func time_pthread_getcpuclockid(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if _, err := runtime.IndexInt64(a[0], ""); err != nil {
		return runtime.Value{}, err
	}
	tid := int32(syscall.Gettid())
	return runtime.Int(int64(^tid<<3 | 6)), nil
}

func time_sleep(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	secs, err := secondsArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if secs < 0 {
		return runtime.Value{}, runtime.NewValueError("sleep length must be non-negative")
	}
	if secs >= 9.223372036854775807e9 {
		return runtime.Value{}, runtime.NewOverflowError("timestamp out of range for platform time_t")
	}
	runtime.BlockingCall(func() { sleepFor(gotime.Duration(secs * 1e9)) }) // sleep_short.go
	return runtime.None, nil
}

// secondsArg converts a number of seconds (int or float).
func secondsArg(v runtime.Value) (float64, *runtime.Exception) {
	if f, ok := runtime.FloatValueOf(v); ok {
		if math.IsNaN(f) {
			return 0, runtime.NewValueError("Invalid value NaN (not a number)")
		}
		return f, nil
	}
	n, err := runtime.IndexInt64(v, "'%s' object cannot be interpreted as an integer")
	if err != nil && err.Matches(runtime.OverflowErrorType) {
		return 0, runtime.NewOverflowError("timestamp too large to convert to C _PyTime_t")
	}
	return float64(n), err
}

// clockInfo is what get_clock_info reports for one clock.
type clockInfo struct {
	impl      string
	id        int
	monotonic bool
	adjust    bool
}

var clockInfos = map[string]clockInfo{
	"time":         {"clock_gettime(CLOCK_REALTIME)", clockRealtime, false, true},
	"monotonic":    {"clock_gettime(CLOCK_MONOTONIC)", clockMonotonic, true, false},
	"perf_counter": {"clock_gettime(CLOCK_MONOTONIC)", clockMonotonic, true, false},
	"process_time": {"clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", clockProcessCPUTimeID, true, false},
	"thread_time":  {"clock_gettime(CLOCK_THREAD_CPUTIME_ID)", clockThreadCPUTimeID, true, false},
}

func time_get_clock_info(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, ok := a[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("get_clock_info() argument must be str, not %s", a[0].Type().Name)
	}
	info, ok := clockInfos[s.S]
	if !ok {
		return runtime.Value{}, runtime.NewValueError("unknown clock")
	}
	res, err := clockGetres(info.id)
	if err != nil {
		res = 1
	}
	return runtime.NewNamespace([]string{"implementation", "monotonic", "adjustable", "resolution"},
		[]runtime.Value{runtime.StrValue(info.impl), runtime.Bool(info.monotonic), runtime.Bool(info.adjust),
			runtime.Float(seconds(res))}), nil
}

func time_strptime(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	mod, err := runtime.ImportModule("_strptime")
	if err != nil {
		return runtime.Value{}, err
	}
	f, err := runtime.GetAttrString(mod, "_strptime_time")
	if err != nil {
		return runtime.Value{}, err
	}
	args := []runtime.Value{a[0]}
	if !a[1].IsNull() {
		args = append(args, a[1])
	}
	return runtime.Call(f, args, nil)
}

var timeMethods = []runtime.Method{
	{Name: "time", Flags: runtime.MethNoArgs, Fn: clockFn(clockRealtime, false)},
	{Name: "time_ns", Flags: runtime.MethNoArgs, Fn: clockFn(clockRealtime, true)},
	{Name: "monotonic", Flags: runtime.MethNoArgs, Fn: clockFn(clockMonotonic, false)},
	{Name: "monotonic_ns", Flags: runtime.MethNoArgs, Fn: clockFn(clockMonotonic, true)},
	{Name: "perf_counter", Flags: runtime.MethNoArgs, Fn: clockFn(clockMonotonic, false)},
	{Name: "perf_counter_ns", Flags: runtime.MethNoArgs, Fn: clockFn(clockMonotonic, true)},
	{Name: "process_time", Flags: runtime.MethNoArgs, Fn: clockFn(clockProcessCPUTimeID, false)},
	{Name: "process_time_ns", Flags: runtime.MethNoArgs, Fn: clockFn(clockProcessCPUTimeID, true)},
	{Name: "thread_time", Flags: runtime.MethNoArgs, Fn: clockFn(clockThreadCPUTimeID, false)},
	{Name: "thread_time_ns", Flags: runtime.MethNoArgs, Fn: clockFn(clockThreadCPUTimeID, true)},
	{Name: "clock_gettime", Sig: "clk_id, /", Fn: time_clock_gettime},
	{Name: "clock_gettime_ns", Sig: "clk_id, /", Fn: time_clock_gettime_ns},
	{Name: "clock_getres", Sig: "clk_id, /", Fn: time_clock_getres},
	{Name: "sleep", Sig: "secs, /", Flags: runtime.MethO, Fn: time_sleep},
	{Name: "get_clock_info", Sig: "name, /", Fn: time_get_clock_info},
	{Name: "gmtime", Sig: "seconds=, /", Fn: time_gmtime},
	{Name: "localtime", Sig: "seconds=, /", Fn: time_localtime},
	{Name: "mktime", Sig: "t, /", Flags: runtime.MethO, Fn: time_mktime},
	{Name: "asctime", Sig: "t=, /", Fn: time_asctime},
	{Name: "ctime", Sig: "seconds=, /", Fn: time_ctime},
	{Name: "strftime", Sig: "format, t=, /", Fn: time_strftime},
	{Name: "strptime", Sig: "string, format=, /", Fn: time_strptime},
	{Name: "tzset", Flags: runtime.MethNoArgs, Fn: time_tzset},
	{Name: "clock_settime", Sig: "clk_id, time, /", Fn: time_clock_settime},
	{Name: "clock_settime_ns", Sig: "clk_id, time, /", Fn: time_clock_settime_ns},
	{Name: "pthread_getcpuclockid", Sig: "thread_id, /", Fn: time_pthread_getcpuclockid},
}

func timeExec(m *runtime.Module) *runtime.Exception {
	setTimezone(m)
	for _, c := range []struct {
		name string
		v    int64
	}{{"CLOCK_REALTIME", clockRealtime}, {"CLOCK_MONOTONIC", clockMonotonic},
		{"CLOCK_MONOTONIC_RAW", clockMonotonicRaw}, {"CLOCK_PROCESS_CPUTIME_ID", clockProcessCPUTimeID},
		{"CLOCK_THREAD_CPUTIME_ID", clockThreadCPUTimeID}, {"CLOCK_BOOTTIME", clockBoottime},
		{"CLOCK_TAI", clockTAI}} {
		m.SetAttr(c.name, runtime.Int(c.v))
	}
	m.SetAttr("_STRUCT_TM_ITEMS", runtime.Int(11))
	m.SetAttr("struct_time", structTimeType.Value())
	return nil
}

const timeDoc = "This module provides various functions to manipulate time values.\n\n" +
	"There are two standard representations of time.  One is the number\n" +
	"of seconds since the Epoch, in UTC (a.k.a. GMT).  It may be an integer\n" +
	"or a floating point number (to represent fractions of seconds).\n" +
	"The Epoch is system-defined; on Unix, it is generally January 1st, 1970.\n" +
	"The actual value can be retrieved by calling gmtime(0).\n\n" +
	"The other representation is a tuple of 9 integers giving local time.\n" +
	"The tuple items are:\n" +
	"  year (including century, e.g. 1998)\n" +
	"  month (1-12)\n" +
	"  day (1-31)\n" +
	"  hours (0-23)\n" +
	"  minutes (0-59)\n" +
	"  seconds (0-59)\n" +
	"  weekday (0-6, Monday is 0)\n" +
	"  Julian day (day in the year, 1-366)\n" +
	"  DST (Daylight Savings Time) flag (-1, 0 or 1)\n" +
	"If the DST flag is 0, the time is given in the regular time zone;\n" +
	"if it is 1, the time is given in the DST time zone;\n" +
	"if it is -1, mktime() should guess based on the date and time.\n"

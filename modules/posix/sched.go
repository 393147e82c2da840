// This file defines posix.sched_param and the calls that use it:
// sched_getparam, sched_setparam, sched_setscheduler, and
// sched_rr_get_interval.

package posix

import (
	"math"
	"syscall"
	"unsafe"

	"krait/runtime"
)

var schedParamType = runtime.NewStructSeqType(&runtime.StructSeqSpec{
	Name:   "posix.sched_param",
	Doc:    "Currently has only one field: sched_priority\n\n  sched_priority\n    A scheduling parameter.",
	Fields: []string{"sched_priority"},
	NSeq:   1,
})

var schedParamNew = runtime.Method{Name: "sched_param", Sig: "sched_priority"}

func init() {
	schedParamType.New = func(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
		a, err := schedParamNew.BindClinic(args, kw, "sched_param")
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.NewStructSeq(t, []runtime.Value{a[0]}), nil
	}
}

// schedParamArg converts a sched_param argument to its priority.
func schedParamArg(v runtime.Value) (int32, *runtime.Exception) {
	if !runtime.IsInstance(v, schedParamType) {
		return 0, runtime.NewTypeError("must have a sched_param object")
	}
	p := runtime.StructSeqFields(v)[0]
	n, err := runtime.IndexInt64(p, "")
	if err != nil {
		if err.Matches(runtime.OverflowErrorType) {
			return 0, runtime.NewOverflowError("sched_priority out of range")
		}
		return 0, err
	}
	if n > math.MaxInt32 || n < math.MinInt32 {
		return 0, runtime.NewOverflowError("sched_priority out of range")
	}
	return int32(n), nil
}

func posix_sched_getparam(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	var prio int32
	if _, _, e := syscall.RawSyscall(syscall.SYS_SCHED_GETPARAM, uintptr(pid), uintptr(unsafe.Pointer(&prio)), 0); e != 0 {
		return runtime.Value{}, osError(e)
	}
	return runtime.NewStructSeq(schedParamType, []runtime.Value{runtime.Int(int64(prio))}), nil
}

func posix_sched_setparam(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	prio, err := schedParamArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	if _, _, e := syscall.RawSyscall(syscall.SYS_SCHED_SETPARAM, uintptr(pid), uintptr(unsafe.Pointer(&prio)), 0); e != 0 {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_sched_setscheduler(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	policy, err := fdArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	prio, err := schedParamArg(a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	if _, _, e := syscall.RawSyscall(syscall.SYS_SCHED_SETSCHEDULER, uintptr(pid), uintptr(policy), uintptr(unsafe.Pointer(&prio))); e != 0 {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_sched_rr_get_interval(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	pid, err := fdArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	var ts syscall.Timespec
	if _, _, e := syscall.RawSyscall(syscall.SYS_SCHED_RR_GET_INTERVAL, uintptr(pid), uintptr(unsafe.Pointer(&ts)), 0); e != 0 {
		return runtime.Value{}, osError(e)
	}
	return runtime.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9), nil
}

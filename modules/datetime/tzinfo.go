// This file defines datetime.tzinfo, the abstract time zone base class,
// and the checked calls of a tzinfo's utcoffset, dst and tzname that the
// other types use.

package datetime

import (
	"krait/runtime"
)

// TZInfo is a tzinfo instance (usually of a Python subclass).
type TZInfo struct {
	runtime.Header
	attrs *runtime.Attrs
}

// TZInfoType is datetime.tzinfo.
var TZInfoType *runtime.Type

func initTZInfo() {
	TZInfoType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:  "datetime.tzinfo",
		Flags: runtime.FlagBaseType,
		Doc:   "Abstract base class for time zone info objects.",
		Methods: []runtime.Method{
			{Name: "tzname", Flags: runtime.MethO, Fn: tzinfo_abstract("tzname"), Doc: "datetime -> string name of time zone."},
			{Name: "utcoffset", Flags: runtime.MethO, Fn: tzinfo_abstract("utcoffset"), Doc: "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"},
			{Name: "dst", Flags: runtime.MethO, Fn: tzinfo_abstract("dst"), Doc: "datetime -> DST offset as timedelta positive east of UTC."},
			{Name: "fromutc", Flags: runtime.MethO, Fn: tzinfo_fromutc, Doc: "datetime in UTC -> datetime in local time."},
			{Name: "__reduce__", Flags: runtime.MethNoArgs, Fn: tzinfo_reduce, Doc: "-> (cls, state)"},
		},
	}, func(t *runtime.Type) {
		t.New = func(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
			p := &TZInfo{Header: runtime.HeaderFor(t)}
			if t != TZInfoType {
				p.attrs = &runtime.Attrs{}
			}
			return runtime.ValueOf(p), nil
		}
		t.InstAttrs = func(v runtime.Value) *runtime.Attrs { return runtime.PtrOf[TZInfo](v).attrs }
	})
}

func isTZInfo(v runtime.Value) bool { return runtime.IsInstance(v, TZInfoType) }

func tzinfo_abstract(name string) runtime.MethodFunc {
	return func(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
		return runtime.Value{}, runtime.NewNotImplementedError("a tzinfo subclass must implement %s()", name)
	}
}

func tzinfo_fromutc(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	dt := args[0]
	if !isDateTime(dt) {
		return runtime.Value{}, runtime.NewTypeError("fromutc: argument must be a datetime")
	}
	if asDateTime(dt).tzinfo != self {
		return runtime.Value{}, runtime.NewValueError("fromutc: dt.tzinfo is not self")
	}
	off, err := callUTCOffset(self, dt)
	if err != nil {
		return runtime.Value{}, err
	}
	if off.IsNone() {
		return runtime.Value{}, runtime.NewValueError("fromutc: non-None utcoffset() result required")
	}
	dst, err := callDST(self, dt)
	if err != nil {
		return runtime.Value{}, err
	}
	if dst.IsNone() {
		return runtime.Value{}, runtime.NewValueError("fromutc: non-None dst() result required")
	}
	delta, err := delta_subtract(off, dst)
	if err != nil {
		return runtime.Value{}, err
	}
	res, err := runtime.BinaryOp(dt, delta, runtime.NbAdd)
	if err != nil {
		return runtime.Value{}, err
	}
	dst, err = callDST(self, res)
	if err != nil {
		return runtime.Value{}, err
	}
	if dst.IsNone() {
		return runtime.Value{}, runtime.NewValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
	}
	d := asDelta(dst)
	if d.days == 0 && d.seconds == 0 && d.us == 0 {
		return res, nil
	}
	return runtime.BinaryOp(res, dst, runtime.NbAdd)
}

func tzinfo_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	args := runtime.TupleValue()
	if f, err := runtime.GetAttrString(self, "__getinitargs__"); err == nil {
		if args, err = runtime.Call(f, nil, nil); err != nil {
			return runtime.Value{}, err
		}
	} else if !err.Matches(runtime.AttributeErrorType) {
		return runtime.Value{}, err
	}
	state, err := runtime.CallMethod(self, "__getstate__")
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(runtime.ValueOf(self.Type()), args, state), nil
}

// tzinfoOf is the tzinfo of a datetime or time, None for anything else.
func tzinfoOf(v runtime.Value) runtime.Value {
	switch {
	case isDateTime(v):
		return asDateTime(v).tzinfo
	case isTime(v):
		return asTime(v).tzinfo
	}
	return runtime.None
}

// callOffset calls tz.<name>(arg) and checks that the result is None or a
// timedelta strictly within a day (call_tzinfo_method).
func callOffset(tz runtime.Value, name string, arg runtime.Value) (runtime.Value, *runtime.Exception) {
	if tz.IsNone() {
		return runtime.None, nil
	}
	if tz.Type() == TimezoneType {
		if name == "dst" {
			return runtime.None, nil
		}
		return asTimezone(tz).offset, nil
	}
	off, err := runtime.CallMethod(tz, name, arg)
	if err != nil {
		return runtime.Value{}, err
	}
	if off.IsNone() {
		return off, nil
	}
	if !isDelta(off) {
		return runtime.Value{}, runtime.NewTypeError("tzinfo.%s() must return None or timedelta, not '%s'", name, off.Type().Name)
	}
	d := asDelta(off)
	if d.days < -1 || d.days >= 1 || (d.days == -1 && d.seconds == 0 && d.us == 0) {
		return runtime.Value{}, runtime.NewValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
	}
	return off, nil
}

func callUTCOffset(tz, arg runtime.Value) (runtime.Value, *runtime.Exception) {
	return callOffset(tz, "utcoffset", arg)
}

func callDST(tz, arg runtime.Value) (runtime.Value, *runtime.Exception) {
	return callOffset(tz, "dst", arg)
}

func callTZName(tz, arg runtime.Value) (runtime.Value, *runtime.Exception) {
	if tz.IsNone() {
		return runtime.None, nil
	}
	name, err := runtime.CallMethod(tz, "tzname", arg)
	if err != nil {
		return runtime.Value{}, err
	}
	if !name.IsNone() {
		if _, ok := name.TryStr(); !ok {
			return runtime.Value{}, runtime.NewTypeError("tzinfo.tzname() must return None or a string, not '%s'", name.Type().Name)
		}
	}
	return name, nil
}

// checkTZInfoArg checks a tzinfo argument (check_tzinfo_subclass).
func checkTZInfoArg(v runtime.Value) *runtime.Exception {
	if v.IsNone() || isTZInfo(v) {
		return nil
	}
	return runtime.NewTypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'", v.Type().Name)
}

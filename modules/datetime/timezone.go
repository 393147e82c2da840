// This file defines datetime.timezone, the fixed-offset tzinfo, and its
// utc, min and max instances.

package datetime

import (
	"krait/runtime"
)

// Timezone is a fixed offset from UTC with an optional name.
type Timezone struct {
	runtime.Header
	offset runtime.Value // a timedelta
	name   runtime.Value // a str, or null
}

// TimezoneType is datetime.timezone.
var TimezoneType *runtime.Type

var (
	timezoneNewMethod = runtime.Method{Name: "timezone", Sig: "offset, name="}
	utcTimezone       runtime.Value
)

func initTimezone() {
	TimezoneType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "datetime.timezone",
		Base: TZInfoType,
		Doc:  "Fixed offset from UTC implementation of tzinfo.",
		Methods: []runtime.Method{
			{Name: "tzname", Flags: runtime.MethO, Fn: timezone_tzname, Doc: "If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."},
			{Name: "utcoffset", Flags: runtime.MethO, Fn: timezone_utcoffset, Doc: "Return fixed offset."},
			{Name: "dst", Flags: runtime.MethO, Fn: timezone_dst, Doc: "Return None."},
			{Name: "fromutc", Flags: runtime.MethO, Fn: timezone_fromutc, Doc: "datetime in UTC -> datetime in local time."},
			{Name: "__getinitargs__", Flags: runtime.MethNoArgs, Fn: timezone_getinitargs, Doc: "pickle support"},
		},
	}, func(t *runtime.Type) {
		t.New = timezone_new
		t.Repr = timezone_repr
		t.Str = func(v runtime.Value) (runtime.Value, *runtime.Exception) { return timezoneName(v), nil }
		t.Hash = func(v runtime.Value) (int64, *runtime.Exception) { return delta_hash(asTimezone(v).offset) }
		t.RichCompare = timezone_richcompare
	})
	utcTimezone = newTimezoneRaw(mustDelta(0, 0, 0), runtime.Value{})
}

func asTimezone(v runtime.Value) *Timezone { return runtime.PtrOf[Timezone](v) }

func mustDelta(d, s, us int) runtime.Value {
	v, err := newDelta(d, s, us)
	if err != nil {
		panic("datetime: bad constant timedelta")
	}
	return v
}

func newTimezoneRaw(offset, name runtime.Value) runtime.Value {
	return runtime.ValueOf(&Timezone{Header: runtime.HeaderFor(TimezoneType), offset: offset, name: name})
}

// newTimezone checks the offset and returns utc for a nameless zero
// offset (new_timezone).
func newTimezone(offset, name runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDelta(offset)
	if name.IsNull() && d.days == 0 && d.seconds == 0 && d.us == 0 {
		return utcTimezone, nil
	}
	if d.days < -1 || d.days >= 1 || (d.days == -1 && d.seconds == 0 && d.us == 0) {
		r, err := runtime.Repr(offset)
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.Value{}, runtime.NewValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not %s.", r.S)
	}
	return newTimezoneRaw(offset, name), nil
}

func timezone_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := timezoneNewMethod.BindClinic(args, kwnames, "timezone")
	if err != nil {
		return runtime.Value{}, err
	}
	if !isDelta(a[0]) {
		return runtime.Value{}, runtime.NewTypeError("timezone() argument 1 must be datetime.timedelta, not %s", a[0].Type().Name)
	}
	if !a[1].IsNull() {
		if _, ok := a[1].TryStr(); !ok {
			return runtime.Value{}, runtime.NewTypeError("timezone() argument 2 must be str, not %s", runtime.ArgTypeName(a[1]))
		}
	}
	return newTimezone(a[0], a[1])
}

func checkDTArg(name string, v runtime.Value) *runtime.Exception {
	if v.IsNone() || isDateTime(v) {
		return nil
	}
	return runtime.NewTypeError("%s(dt) argument must be a datetime instance or None, not %s", name, v.Type().Name)
}

func timezone_tzname(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	if err := checkDTArg("tzname", args[0]); err != nil {
		return runtime.Value{}, err
	}
	return timezoneName(self), nil
}

func timezone_utcoffset(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	if err := checkDTArg("utcoffset", args[0]); err != nil {
		return runtime.Value{}, err
	}
	return asTimezone(self).offset, nil
}

func timezone_dst(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	if err := checkDTArg("dst", args[0]); err != nil {
		return runtime.Value{}, err
	}
	return runtime.None, nil
}

func timezone_fromutc(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	dt := args[0]
	if !isDateTime(dt) {
		return runtime.Value{}, runtime.NewTypeError("fromutc: argument must be a datetime")
	}
	if asDateTime(dt).tzinfo != self {
		return runtime.Value{}, runtime.NewValueError("fromutc: dt.tzinfo is not self")
	}
	return datetime_add(dt, asTimezone(self).offset)
}

func timezone_getinitargs(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	tz := asTimezone(self)
	if tz.name.IsNull() {
		return runtime.TupleValue(tz.offset), nil
	}
	return runtime.TupleValue(tz.offset, tz.name), nil
}

// timezoneName is str(tz): its name, "UTC" or UTC±HH:MM[:SS[.ffffff]].
func timezoneName(v runtime.Value) runtime.Value {
	tz := asTimezone(v)
	if !tz.name.IsNull() {
		return tz.name
	}
	d := asDelta(tz.offset)
	if v == utcTimezone || (d.days == 0 && d.seconds == 0 && d.us == 0) {
		return runtime.StrValue("UTC")
	}
	return runtime.StrValue("UTC" + formatOffset(d, ":"))
}

func timezone_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	if v == utcTimezone {
		return runtime.StrValue("datetime.timezone.utc"), nil
	}
	tz := asTimezone(v)
	off, err := runtime.Repr(tz.offset)
	if err != nil {
		return runtime.Value{}, err
	}
	if tz.name.IsNull() {
		return runtime.StrValue(typeName(v) + "(" + off.S + ")"), nil
	}
	name, err := runtime.Repr(tz.name)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(typeName(v) + "(" + off.S + ", " + name.S + ")"), nil
}

func timezone_richcompare(v, w runtime.Value, op runtime.CompareOp) (runtime.Value, *runtime.Exception) {
	if op != runtime.Eq && op != runtime.Ne {
		return runtime.NotImplemented, nil
	}
	if !runtime.IsInstance(w, TimezoneType) {
		return runtime.NotImplemented, nil
	}
	return delta_richcompare(asTimezone(v).offset, asTimezone(w).offset, op)
}

// Package datetime is CPython's _datetime accelerator module in Go: the
// types date, time, datetime, timedelta, tzinfo and timezone that
// Lib/datetime.py re-exports with "from _datetime import *".
package datetime

import (
	"sync"

	"krait/runtime"
)

// Module is the _datetime module.
var Module = &runtime.ModuleDef{
	Name: "_datetime",
	Doc:  "Fast implementation of the datetime type.",
	Exec: datetime_exec,
}

// isoCalendarDateType is date.isocalendar()'s result type.
var isoCalendarDateType *runtime.Type

func setClassAttr(t *runtime.Type, name string, v runtime.Value) {
	t.Dict().SetStr(runtime.Intern(name), v)
	t.Modified()
}

// typesOnce creates the types on the module's first import (Exec), not at
// process start-up, where their pages would be touched by Go's package
// initialization only to be dropped (cmd/krait dropInitPages).
var typesOnce sync.Once

// initTypes creates the types in dependency order (a base before its
// subclasses), then their class attributes.
func initTypes() {
	isoCalendarDateType = runtime.NewStructSeqType(&runtime.StructSeqSpec{
		Name:   "datetime.IsoCalendarDate",
		Fields: []string{"year", "week", "weekday"},
		NSeq:   3,
	})
	initDelta()
	initDate()
	initDateTime()
	initTime()
	initTZInfo()
	initTimezone()
	setClassAttr(DeltaType, "min", mustDelta(-maxDeltaDays, 0, 0))
	setClassAttr(DeltaType, "max", mustDelta(maxDeltaDays, 86399, 999999))
	setClassAttr(DeltaType, "resolution", mustDelta(0, 0, 1))
	setClassAttr(DateType, "min", newDateRaw(DateType, 1, 1, 1))
	setClassAttr(DateType, "max", newDateRaw(DateType, 9999, 12, 31))
	setClassAttr(DateType, "resolution", mustDelta(1, 0, 0))
	setClassAttr(TimeType, "min", newTimeRaw(TimeType, 0, 0, 0, 0, runtime.None, 0))
	setClassAttr(TimeType, "max", newTimeRaw(TimeType, 23, 59, 59, 999999, runtime.None, 0))
	setClassAttr(TimeType, "resolution", mustDelta(0, 0, 1))
	setClassAttr(DateTimeType, "min", newDateTimeRaw(DateTimeType, 1, 1, 1, 0, 0, 0, 0, runtime.None, 0))
	setClassAttr(DateTimeType, "max", newDateTimeRaw(DateTimeType, 9999, 12, 31, 23, 59, 59, 999999, runtime.None, 0))
	setClassAttr(DateTimeType, "resolution", mustDelta(0, 0, 1))
	setClassAttr(isoCalendarDateType, "__reduce__", runtime.NewMethodDescriptor(isoCalendarDateType, &isoCalendarReduce))
	setClassAttr(TimezoneType, "utc", utcTimezone)
	setClassAttr(TimezoneType, "min", newTimezoneRaw(mustDelta(-1, 60, 0), runtime.Value{}))
	setClassAttr(TimezoneType, "max", newTimezoneRaw(mustDelta(0, 86340, 0), runtime.Value{}))
}

func datetime_exec(m *runtime.Module) *runtime.Exception {
	typesOnce.Do(initTypes)
	m.SetAttr("MINYEAR", runtime.Int(minYear))
	m.SetAttr("MAXYEAR", runtime.Int(maxYear))
	m.SetAttr("date", runtime.ValueOf(DateType))
	m.SetAttr("datetime", runtime.ValueOf(DateTimeType))
	m.SetAttr("time", runtime.ValueOf(TimeType))
	m.SetAttr("timedelta", runtime.ValueOf(DeltaType))
	m.SetAttr("tzinfo", runtime.ValueOf(TZInfoType))
	m.SetAttr("timezone", runtime.ValueOf(TimezoneType))
	m.SetAttr("UTC", utcTimezone)
	return nil
}

// isoCalendarReduce pickles an IsoCalendarDate as a plain tuple, as
// CPython does (the type is not reachable by name).
var isoCalendarReduce = runtime.Method{Name: "__reduce__", Flags: runtime.MethNoArgs,
	Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
		items, err := runtime.IterItems(self)
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.TupleValue(runtime.ValueOf(runtime.TupleType), runtime.TupleValue(runtime.TupleValue(items...))), nil
	}}

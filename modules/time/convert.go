// This file defines the conversions between seconds and broken-down time:
// gmtime, localtime, mktime, asctime, ctime, strftime, tzset, and the
// module's timezone, altzone, daylight and tzname.

package time

import (
	"fmt"
	"math"
	"os"
	"syscall"
	gotime "time"

	"krait/internal/nopoll"
	"krait/runtime"
)

// local is the local time zone (TZ or /etc/localtime), reloaded by tzset.
var local = loadLocal()

// loadLocal reads the local zone as the C library's tzset does.
func loadLocal() *gotime.Location {
	tz, ok := os.LookupEnv("TZ")
	if !ok {
		if data, err := nopoll.ReadFile("/etc/localtime"); err == nil {
			if loc, err := gotime.LoadLocationFromTZData("Local", data); err == nil {
				return loc
			}
		}
		return gotime.UTC
	}
	if tz == "" {
		return gotime.UTC
	}
	if tz[0] == ':' {
		tz = tz[1:]
	}
	if loc, err := gotime.LoadLocation(tz); err == nil && tz != "" {
		return loc
	}
	if loc, ok := locationFromRule(tz); ok {
		return loc
	}
	return gotime.FixedZone(ruleName(tz), 0)
}

// timeArg converts an optional seconds argument (None is now) as
// _PyTime_ObjectToTime_t with ROUND_FLOOR.
func timeArg(v runtime.Value) (int64, *runtime.Exception) {
	if v.IsNull() || v.IsNone() {
		return gotime.Now().Unix(), nil
	}
	if f, ok := runtime.FloatValueOf(v); ok {
		if math.IsNaN(f) {
			return 0, runtime.NewValueError("Invalid value NaN (not a number)")
		}
		f = math.Floor(f)
		if f < -9.223372036854775808e18 || f >= 9.223372036854775808e18 {
			return 0, runtime.NewOverflowError("timestamp out of range for platform time_t")
		}
		return int64(f), nil
	}
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		if err.Matches(runtime.OverflowErrorType) {
			return 0, runtime.NewOverflowError("timestamp out of range for platform time_t")
		}
		return 0, err
	}
	return n, nil
}

// tmOf breaks t down in its location.
func tmOf(t gotime.Time) *tm {
	name, off := t.Zone()
	isdst := 0
	if t.IsDST() {
		isdst = 1
	}
	return &tm{year: t.Year(), mon: int(t.Month()) - 1, mday: t.Day(), hour: t.Hour(), min: t.Minute(),
		sec: t.Second(), wday: int(t.Weekday()), yday: t.YearDay() - 1, isdst: isdst, zone: name,
		gmtoff: int64(off), hasZone: true}
}

// structTime returns t as a time.struct_time.
func structTime(t *tm) runtime.Value {
	i := func(n int) runtime.Value { return runtime.Int(int64(n)) }
	return runtime.NewStructSeq(structTimeType, []runtime.Value{i(t.year), i(t.mon + 1), i(t.mday), i(t.hour),
		i(t.min), i(t.sec), i((t.wday + 6) % 7), i(t.yday + 1), i(t.isdst), runtime.StrValue(t.zone), runtime.Int(t.gmtoff)})
}

// broken breaks secs down in loc, failing as gmtime_r does when the year
// does not fit a C int.
func broken(secs int64, loc *gotime.Location) (*tm, *runtime.Exception) {
	if secs > 67767976233316800 || secs < -67768040609740800 {
		return nil, runtime.NewOSError(int(syscall.EOVERFLOW), runtime.Value{}, runtime.Value{})
	}
	return tmOf(gotime.Unix(secs, 0).In(loc)), nil
}

func time_gmtime(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	secs, err := timeArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	t, err := broken(secs, gotime.UTC)
	if err != nil {
		return runtime.Value{}, err
	}
	t.zone = "GMT" // glibc's gmtime names the zone GMT
	return structTime(t), nil
}

func time_localtime(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	secs, err := timeArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	t, err := broken(secs, local)
	if err != nil {
		return runtime.Value{}, err
	}
	return structTime(t), nil
}

// cInt converts a struct tm field as PyArg_Parse's "i".
func cInt(v runtime.Value) (int, *runtime.Exception) {
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		if err.Matches(runtime.OverflowErrorType) {
			if neg, _ := runtime.RichCompareBool(v, runtime.Int(0), runtime.Lt); neg {
				return 0, runtime.NewOverflowError("signed integer is less than minimum")
			}
			return 0, runtime.NewOverflowError("signed integer is greater than maximum")
		}
		return 0, err
	}
	if n > math.MaxInt32 {
		return 0, runtime.NewOverflowError("signed integer is greater than maximum")
	}
	if n < math.MinInt32 {
		return 0, runtime.NewOverflowError("signed integer is less than minimum")
	}
	return int(n), nil
}

// gettmarg converts a struct_time or 9-tuple to a tm (C conventions).
func gettmarg(v runtime.Value, fn string) (*tm, *runtime.Exception) {
	tup, ok := v.TryTuple()
	if !ok {
		return nil, runtime.NewTypeError("Tuple or struct_time argument required")
	}
	items := tup.Items()
	if len(items) != 9 {
		return nil, runtime.NewTypeError("%s(): illegal time tuple argument", fn)
	}
	var f [9]int
	for i, it := range items {
		n, err := cInt(it)
		if err != nil {
			return nil, err
		}
		f[i] = n
	}
	if f[0] < math.MinInt32+1900 {
		return nil, runtime.NewOverflowError("year out of range")
	}
	t := &tm{year: f[0], mon: f[1] - 1, mday: f[2], hour: f[3], min: f[4], sec: f[5], wday: (f[6] + 1) % 7,
		yday: f[7] - 1, isdst: f[8]}
	if v.Type() == structTimeType {
		all := runtime.StructSeqFields(v)
		if z, ok := all[9].TryStr(); ok {
			t.zone, t.hasZone = z.S, true
		}
		if !all[10].IsNone() {
			off, err := runtime.IndexInt64(all[10], "")
			if err != nil {
				return nil, err
			}
			t.gmtoff = off
		}
	}
	return t, nil
}

// checktm normalizes and validates t for strftime and asctime.
func checktm(t *tm) *runtime.Exception {
	switch {
	case t.mon == -1:
		t.mon = 0
	case t.mon < 0 || t.mon > 11:
		return runtime.NewValueError("month out of range")
	}
	switch {
	case t.mday == 0:
		t.mday = 1
	case t.mday < 0 || t.mday > 31:
		return runtime.NewValueError("day of month out of range")
	}
	if t.hour < 0 || t.hour > 23 {
		return runtime.NewValueError("hour out of range")
	}
	if t.min < 0 || t.min > 59 {
		return runtime.NewValueError("minute out of range")
	}
	if t.sec < 0 || t.sec > 61 {
		return runtime.NewValueError("seconds out of range")
	}
	if t.wday < 0 {
		return runtime.NewValueError("day of week out of range")
	}
	switch {
	case t.yday == -1:
		t.yday = 0
	case t.yday < 0 || t.yday > 365:
		return runtime.NewValueError("day of year out of range")
	}
	t.isdst = max(-1, min(t.isdst, 1))
	return nil
}

// mktime interprets t as local time, as the C library's mktime.
func mktime(t *tm) int64 {
	d := gotime.Date(t.year, gotime.Month(t.mon+1), t.mday, t.hour, t.min, t.sec, 0, local)
	secs := d.Unix()
	switch {
	case t.isdst > 0 && !d.IsDST():
		secs -= 3600
	case t.isdst == 0 && d.IsDST():
		secs += 3600
	}
	return secs
}

func time_mktime(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	t, err := gettmarg(a[0], "mktime")
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Float(float64(mktime(t))), nil
}

// tmArg converts an optional struct_time argument (None is local now).
func tmArg(v runtime.Value, fn string) (*tm, *runtime.Exception) {
	if v.IsNull() {
		return tmOf(gotime.Now().In(local)), nil
	}
	t, err := gettmarg(v, fn)
	if err != nil {
		return nil, err
	}
	return t, checktm(t)
}

// asctime formats t as C's asctime, without the newline.
func asctime(t *tm) string {
	return fmt.Sprintf("%s %s%3d %02d:%02d:%02d %d", name(dayNames, t.wday, true), name(monthNames, t.mon, true),
		t.mday, t.hour, t.min, t.sec, t.year)
}

func time_asctime(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	t, err := tmArg(a[0], "asctime")
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(asctime(t)), nil
}

func time_ctime(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	secs, err := timeArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	t, err := broken(secs, local)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(asctime(t)), nil
}

func time_strftime(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	f, ok := a[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("strftime() argument 1 must be str, not %s", a[0].Type().Name)
	}
	t, err := tmArg(a[1], "strftime")
	if err != nil {
		return runtime.Value{}, err
	}
	for i := 0; i < len(f.S); i++ {
		if f.S[i] == 0 {
			return runtime.Value{}, runtime.NewValueError("embedded null character")
		}
	}
	if !t.hasZone {
		t.zone = ""
		if t.isdst >= 0 {
			t.zone = tzname[t.isdst]
		}
	}
	t.epoch = func() int64 { return mktime(t) }
	return runtime.StrValue(strftime(f.S, t)), nil
}

// tzname is the module's tzname, kept for %Z of plain tuples.
var tzname = [2]string{"UTC", "UTC"}

// setTimezone computes timezone, altzone, daylight and tzname as CPython
// does with glibc: from the zone in effect about January 1st and July 1st
// of the current year.
func setTimezone(m *runtime.Module) {
	const year = (365*24 + 6) * 3600
	t := gotime.Now().Unix() / year * year
	jan := gotime.Unix(t, 0).In(local)
	jul := gotime.Unix(t+year/2, 0).In(local)
	janName, janOff := jan.Zone()
	julName, julOff := jul.Zone()
	janZone, julZone := -int64(janOff), -int64(julOff)
	timezone, altzone := janZone, julZone
	tzname = [2]string{janName, julName}
	if janZone < julZone { // DST is reversed in the southern hemisphere
		timezone, altzone = julZone, janZone
		tzname = [2]string{julName, janName}
	}
	m.SetAttr("timezone", runtime.Int(timezone))
	m.SetAttr("altzone", runtime.Int(altzone))
	m.SetAttr("daylight", runtime.Int(int64(boolInt(janZone != julZone))))
	m.SetAttr("tzname", runtime.TupleValue(runtime.StrValue(tzname[0]), runtime.StrValue(tzname[1])))
}

func time_tzset(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	local = loadLocal()
	if m, ok := self.TryModule(); ok {
		setTimezone(m)
	}
	return runtime.None, nil
}

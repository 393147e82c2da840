// This file defines the datetime methods that go through POSIX time
// stamps and the local time zone: now, utcnow, fromtimestamp,
// utcfromtimestamp, timestamp and astimezone, with CPython's detection of
// the fold and of gaps in local time (local_to_seconds).

package datetime

import (
	"krait/runtime"
)

const (
	epochSeconds   = 719163 * 86400 // utc_to_seconds(1970, 1, 1, 0, 0, 0)
	maxFoldSeconds = 24 * 3600
)

func utcToSeconds(y, m, d, h, mi, s int) int64 {
	return ((int64(ymdToOrd(y, m, d))*24+int64(h))*60+int64(mi))*60 + int64(s)
}

// localSeconds is local(u): the local wall time of the UTC instant u,
// both counted in seconds from 0001-01-01.
func localSeconds(u int64) (int64, *runtime.Exception) {
	tm, err := localtime(u - epochSeconds)
	if err != nil {
		return 0, err
	}
	if tm.year < minYear || tm.year > maxYear {
		return 0, runtime.NewValueError("year %d is out of range", tm.year)
	}
	return utcToSeconds(tm.year, tm.month, tm.day, tm.hour, tm.minute, tm.second), nil
}

// localToSeconds solves t = local(u) for u, choosing by fold in a
// repeated interval and extrapolating across a gap.
func localToSeconds(y, mo, d, h, mi, s, fold int) (int64, *runtime.Exception) {
	t := utcToSeconds(y, mo, d, h, mi, s)
	lt, err := localSeconds(t)
	if err != nil {
		return 0, err
	}
	a := lt - t
	u1 := t - a
	t1, err := localSeconds(u1)
	if err != nil {
		return 0, err
	}
	var b int64
	if t1 == t {
		u2 := u1 - maxFoldSeconds
		if fold != 0 {
			u2 = u1 + maxFoldSeconds
		}
		lt, err := localSeconds(u2)
		if err != nil {
			return 0, err
		}
		b = lt - u2
		if a == b {
			return u1, nil
		}
	} else {
		b = t1 - u1
	}
	u2 := t - b
	t2, err := localSeconds(u2)
	if err != nil {
		return 0, err
	}
	if t2 == t {
		return u2, nil
	}
	if t1 == t {
		return u1, nil
	}
	if fold != 0 {
		return min(u1, u2), nil
	}
	return max(u1, u2), nil
}

// fromTimeT builds a datetime of class cls from seconds and microseconds
// since the epoch, in local time or UTC; local times get their fold.
func fromTimeT(cls runtime.Value, t int64, us int, local bool, tz runtime.Value) (runtime.Value, *runtime.Exception) {
	var tm brokenTime
	var err *runtime.Exception
	if local {
		tm, err = localtime(t)
	} else {
		tm, err = gmtime(t)
	}
	if err != nil {
		return runtime.Value{}, err
	}
	sec := min(tm.second, 59)
	fold := 0
	if local && tz.IsNone() {
		if tm.year < minYear || tm.year > maxYear {
			return runtime.Value{}, runtime.NewValueError("year %d is out of range", tm.year)
		}
		result := utcToSeconds(tm.year, tm.month, tm.day, tm.hour, tm.minute, sec)
		probe, err := localSeconds(epochSeconds + t - maxFoldSeconds)
		if err != nil {
			return runtime.Value{}, err
		}
		if transition := result - probe - maxFoldSeconds; transition < 0 {
			probe, err = localSeconds(epochSeconds + t + transition)
			if err != nil {
				return runtime.Value{}, err
			}
			if probe == result {
				fold = 1
			}
		}
	}
	return newDateTimeSubclass(cls, tm.year, tm.month, tm.day, tm.hour, tm.minute, sec, us, tz, fold)
}

// fromTimestampTZ is fromtimestamp's common part: local time without tz,
// else UTC passed through tz.fromutc.
func fromTimestampTZ(cls runtime.Value, t int64, us int, tz runtime.Value) (runtime.Value, *runtime.Exception) {
	if tz.IsNone() {
		return fromTimeT(cls, t, us, true, tz)
	}
	dt, err := fromTimeT(cls, t, us, false, tz)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.CallMethod(tz, "fromutc", dt)
}

func datetime_fromtimestamp(cls runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	tz := orNone(args[1])
	if err := checkTZInfoArg(tz); err != nil {
		return runtime.Value{}, err
	}
	t, us, err := timestampToTimeval(args[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return fromTimestampTZ(cls, t, us, tz)
}

func datetime_utcfromtimestamp(cls runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	t, us, err := timestampToTimeval(args[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return fromTimeT(cls, t, us, false, runtime.None)
}

// nowTimeval is the current time as seconds and microseconds (floored).
func nowTimeval() (int64, int, *runtime.Exception) {
	ns, err := callTime("time_ns")
	if err != nil {
		return 0, 0, err
	}
	n, ok := runtime.IntOf(ns)
	if !ok {
		return 0, 0, runtime.NewOverflowError("timestamp out of range for platform time_t")
	}
	us := n / 1000
	s, r := us/1000000, us%1000000
	if r < 0 {
		s, r = s-1, r+1000000
	}
	return s, int(r), nil
}

func datetime_now(cls runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	tz := orNone(args[0])
	if err := checkTZInfoArg(tz); err != nil {
		return runtime.Value{}, err
	}
	t, us, err := nowTimeval()
	if err != nil {
		return runtime.Value{}, err
	}
	return fromTimestampTZ(cls, t, us, tz)
}

func datetime_utcnow(cls runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	t, us, err := nowTimeval()
	if err != nil {
		return runtime.Value{}, err
	}
	return fromTimeT(cls, t, us, false, runtime.None)
}

var unixEpoch runtime.Value

func epochUTC() runtime.Value {
	if unixEpoch.IsNull() {
		unixEpoch = newDateTimeRaw(DateTimeType, 1970, 1, 1, 0, 0, 0, 0, utcTimezone, 0)
	}
	return unixEpoch
}

func datetime_timestamp(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	p := asDateTime(self)
	if p.tzinfo.IsNone() {
		s, err := localToSeconds(p.year, p.month, p.day, p.hour, p.minute, p.second, p.fold)
		if err != nil {
			return runtime.Value{}, err
		}
		return runtime.Float(float64(s-epochSeconds) + float64(p.us)/1e6), nil
	}
	d, err := datetime_subtract(self, epochUTC())
	if err != nil {
		return runtime.Value{}, err
	}
	return delta_total_seconds(d, nil)
}

// localTimezoneAt is the local time zone in effect at time stamp t, as a
// fixed-offset timezone named like tm_zone.
func localTimezoneAt(t int64) (runtime.Value, *runtime.Exception) {
	tm, err := localtime(t)
	if err != nil {
		return runtime.Value{}, err
	}
	off, err := newDelta(0, tm.gmtoff, 0)
	if err != nil {
		return runtime.Value{}, err
	}
	name := tm.zone
	if name.IsNull() || name.IsNone() {
		name = runtime.Value{}
	}
	return newTimezone(off, name)
}

func datetime_astimezone(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	tz := orNone(args[0])
	if err := checkTZInfoArg(tz); err != nil {
		return runtime.Value{}, err
	}
	p := asDateTime(self)
	selfTZ := p.tzinfo
	var off runtime.Value
	for {
		if selfTZ.IsNone() {
			s, err := localToSeconds(p.year, p.month, p.day, p.hour, p.minute, p.second, p.fold)
			if err != nil {
				return runtime.Value{}, err
			}
			if selfTZ, err = localTimezoneAt(s - epochSeconds); err != nil {
				return runtime.Value{}, err
			}
		}
		if selfTZ == tz {
			return self, nil
		}
		var err *runtime.Exception
		if off, err = callUTCOffset(selfTZ, self); err != nil {
			return runtime.Value{}, err
		}
		if !off.IsNone() {
			break
		}
		selfTZ = runtime.None
	}
	r, err := dateTimeShift(self, asDelta(off), -1)
	if err != nil {
		return runtime.Value{}, err
	}
	q := asDateTime(r)
	utc := newDateTimeRaw(DateTimeType, q.year, q.month, q.day, q.hour, q.minute, q.second, q.us, utcTimezone, 0)
	if tz.IsNone() {
		d, err := datetime_subtract(utc, epochUTC())
		if err != nil {
			return runtime.Value{}, err
		}
		dd := asDelta(d)
		if tz, err = localTimezoneAt(int64(dd.days)*86400 + int64(dd.seconds)); err != nil {
			return runtime.Value{}, err
		}
	}
	asDateTime(utc).tzinfo = tz
	return runtime.CallMethod(tz, "fromutc", utc)
}

// orNone turns an omitted optional argument into None.
func orNone(v runtime.Value) runtime.Value {
	if v.IsNull() {
		return runtime.None
	}
	return v
}

// This file defines the datetime module's links to the time module
// (localtime, time.time, struct_time, strftime) and the conversion of
// timestamps to seconds and microseconds with CPython's rounding modes.

package datetime

import (
	"math"
	"strings"
	"time"

	"krait/runtime"
)

var timeModule runtime.Value

func timeModuleAttr(name string) (runtime.Value, *runtime.Exception) {
	if timeModule.IsNull() {
		m, err := runtime.ImportModule("time")
		if err != nil {
			return runtime.Value{}, err
		}
		timeModule = m
	}
	return runtime.GetAttrString(timeModule, name)
}

func callTime(name string, args ...runtime.Value) (runtime.Value, *runtime.Exception) {
	f, err := timeModuleAttr(name)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Call(f, args, nil)
}

// brokenTime is a struct tm.
type brokenTime struct {
	year, month, day, hour, minute, second int
	gmtoff                                 int
	zone                                   runtime.Value
}

// localtime converts seconds since the epoch to local time through
// time.localtime, so that TZ changes and tzset() are honoured.
func localtime(t int64) (brokenTime, *runtime.Exception) {
	st, err := callTime("localtime", runtime.Int(t))
	if err != nil {
		return brokenTime{}, err
	}
	var f [6]int64
	for i := range f {
		v, err := runtime.GetItem(st, runtime.Int(int64(i)))
		if err != nil {
			return brokenTime{}, err
		}
		f[i], _ = runtime.IntOf(v)
	}
	bt := brokenTime{year: int(f[0]), month: int(f[1]), day: int(f[2]), hour: int(f[3]), minute: int(f[4]), second: int(f[5])}
	if off, err := runtime.GetAttrString(st, "tm_gmtoff"); err == nil {
		n, _ := runtime.IntOf(off)
		bt.gmtoff = int(n)
	}
	if z, err := runtime.GetAttrString(st, "tm_zone"); err == nil {
		bt.zone = z
	}
	return bt, nil
}

// gmtime converts seconds since the epoch to UTC fields.
func gmtime(t int64) (brokenTime, *runtime.Exception) {
	days := t / 86400
	secs := t % 86400
	if secs < 0 {
		secs += 86400
		days--
	}
	ord := days + 719163
	if ord < 1 || ord > maxOrdinal {
		y := time.Unix(t, 0).UTC().Year()
		return brokenTime{}, runtime.NewValueError("year %d is out of range", y)
	}
	y, m, d := ordToYMD(int(ord))
	return brokenTime{year: y, month: m, day: d, hour: int(secs / 3600), minute: int(secs / 60 % 60), second: int(secs % 60)}, nil
}

const timeTMin, timeTMax = -9223372036854775808.0, 9223372036854775808.0

func errTimeT() *runtime.Exception {
	return runtime.NewOverflowError("timestamp out of range for platform time_t")
}

// timestampToTimeT converts a timestamp rounding toward minus infinity
// (_PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR).
func timestampToTimeT(v runtime.Value) (int64, *runtime.Exception) {
	if f, ok := runtime.FloatValueOf(v); ok && runtime.IsInstance(v, runtime.FloatType) {
		if math.IsNaN(f) {
			return 0, runtime.NewValueError("Invalid value NaN (not a number)")
		}
		f = math.Floor(f)
		if !(timeTMin <= f && f < timeTMax) {
			return 0, errTimeT()
		}
		return int64(f), nil
	}
	return timeTFromInt(v)
}

func timeTFromInt(v runtime.Value) (int64, *runtime.Exception) {
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		if err.Matches(runtime.OverflowErrorType) {
			return 0, errTimeT()
		}
		if err.Matches(runtime.TypeErrorType) && !runtime.IsInstance(v, runtime.IntType) {
			return 0, runtime.NewTypeError("'%s' object cannot be interpreted as an integer", v.Type().Name)
		}
		return 0, err
	}
	return n, nil
}

// timestampToTimeval splits a timestamp into seconds and microseconds,
// rounding half to even (_PyTime_ObjectToTimeval, _PyTime_ROUND_HALF_EVEN).
func timestampToTimeval(v runtime.Value) (int64, int, *runtime.Exception) {
	if f, ok := runtime.FloatValueOf(v); ok && runtime.IsInstance(v, runtime.FloatType) {
		if math.IsNaN(f) {
			return 0, 0, runtime.NewValueError("Invalid value NaN (not a number)")
		}
		ip, fp := math.Modf(f)
		fp = math.RoundToEven(fp * 1e6)
		if fp >= 1e6 {
			fp -= 1e6
			ip++
		} else if fp < 0 {
			fp += 1e6
			ip--
		}
		if !(timeTMin <= ip && ip < timeTMax) {
			return 0, 0, errTimeT()
		}
		return int64(ip), int(fp), nil
	}
	n, err := timeTFromInt(v)
	return n, 0, err
}

// wrapStrftime expands %z, %Z and %f in format for obj (whose utcoffset
// and tzname tzinfoArg answers) and passes the rest to time.strftime with
// the time tuple tt (CPython's wrap_strftime).
func wrapStrftime(obj, format, tt, tzinfoArg runtime.Value) (runtime.Value, *runtime.Exception) {
	src := format.AsStr().S
	if err := checkUTF8(format, src); err != nil {
		return runtime.Value{}, err
	}
	if !strings.ContainsRune(src, '%') {
		return callTime("strftime", format, tt)
	}
	var b strings.Builder
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c != '%' || i+1 >= len(src) {
			b.WriteByte(c)
			continue
		}
		i++
		switch src[i] {
		case 'z':
			s, err := formatUTCOffsetFor(obj, tzinfoArg, "")
			if err != nil {
				return runtime.Value{}, err
			}
			b.WriteString(strings.ReplaceAll(s, "%", "%%"))
		case 'Z':
			s, err := tznameFor(obj, tzinfoArg)
			if err != nil {
				return runtime.Value{}, err
			}
			b.WriteString(s)
		case 'f':
			b.WriteString(microsecondString(obj))
		default:
			b.WriteByte('%')
			b.WriteByte(src[i])
		}
	}
	return callTime("strftime", runtime.StrValue(b.String()), tt)
}

// formatUTCOffsetFor is obj's utcoffset as +HHMM[SS[.ffffff]] with sep
// between the fields, or "" when obj is naive.
func formatUTCOffsetFor(obj, tzinfoArg runtime.Value, sep string) (string, *runtime.Exception) {
	tz := tzinfoOf(obj)
	if tz.IsNone() {
		return "", nil
	}
	off, err := callUTCOffset(tz, tzinfoArg)
	if err != nil {
		return "", err
	}
	if off.IsNone() {
		return "", nil
	}
	return formatOffset(asDelta(off), sep), nil
}

func tznameFor(obj, tzinfoArg runtime.Value) (string, *runtime.Exception) {
	tz := tzinfoOf(obj)
	if tz.IsNone() {
		return "", nil
	}
	name, err := callTZName(tz, tzinfoArg)
	if err != nil {
		return "", err
	}
	if name.IsNone() {
		return "", nil
	}
	// the name goes into the format: its % signs are doubled by calling
	// its replace method, as CPython does
	r, err := runtime.CallMethod(name, "replace", runtime.StrValue("%"), runtime.StrValue("%%"))
	if err != nil {
		return "", err
	}
	s, ok := r.TryStr()
	if !ok {
		return "", runtime.NewTypeError("tzname.replace() did not return a string")
	}
	if err := checkUTF8(r, s.S); err != nil {
		return "", err
	}
	return s.S, nil
}

// checkUTF8 fails as CPython's UTF-8 conversion does for a string with
// surrogates.
func checkUTF8(v runtime.Value, s string) *runtime.Exception {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			_, err := runtime.CallMethod(v, "encode", runtime.StrValue("utf-8"))
			return err
		}
	}
	return nil
}

func microsecondString(obj runtime.Value) string {
	us := 0
	switch {
	case isDateTime(obj):
		us = asDateTime(obj).us
	case isTime(obj):
		us = asTime(obj).us
	}
	return pad6(us)
}

func pad6(n int) string {
	s := []byte("000000")
	for i := 5; i >= 0; i-- {
		s[i] = byte('0' + n%10)
		n /= 10
	}
	return string(s)
}

func pad2(n int) string { return string([]byte{byte('0' + n/10%10), byte('0' + n%10)}) }

// formatOffset formats a utcoffset: sign, hours, minutes, then seconds and
// microseconds only when non-zero.
func formatOffset(d *Delta, sep string) string {
	days, secs, us := d.days, d.seconds, d.us
	sgn := "+"
	if days < 0 {
		sgn = "-"
		total := -((days*86400+secs)*1000000 + us)
		secs, us = total/1000000, total%1000000
	} else {
		secs += days * 86400
	}
	s := sgn + pad2(secs/3600) + sep + pad2(secs/60%60)
	if secs%60 != 0 || us != 0 {
		s += sep + pad2(secs%60)
		if us != 0 {
			s += "." + pad6(us)
		}
	}
	return s
}

// This file defines the parsers behind date.fromisoformat,
// time.fromisoformat and datetime.fromisoformat, which accept the wider
// ISO 8601 subset of CPython 3.11's C module (basic and extended forms,
// ISO week dates, fractions after any time component, any separator).

package datetime

import "krait/runtime"

// isoText is the string being parsed, one byte per character (non-ASCII
// characters become 0xFF, which matches nothing), read past its end as
// NUL the way the C parser reads its terminator.
type isoText []byte

func newISOText(s string) isoText {
	b := make(isoText, 0, len(s))
	for _, r := range runtime.CodePoints(s) { // surrogates count as one character
		if r > 127 {
			r = 0xFF
		}
		b = append(b, byte(r))
	}
	return b
}

func (t isoText) at(i int) byte {
	if i < 0 || i >= len(t) {
		return 0
	}
	return t[i]
}

// digits reads n ASCII digits at p; ok is false if one is missing.
func (t isoText) digits(p, n int) (val, next int, ok bool) {
	for i := 0; i < n; i++ {
		c := t.at(p + i)
		if c < '0' || c > '9' {
			return 0, p, false
		}
		val = val*10 + int(c-'0')
	}
	return val, p + n, true
}

// parseDate reads a date starting at 0 (parse_isoformat_date); it may
// read past n, as the C parser does.
func (t isoText) parseDate(n int) (y, m, d int, ok bool) {
	y, p, ok := t.digits(0, 4)
	if !ok {
		return 0, 0, 0, false
	}
	sep := t.at(p) == '-'
	if sep {
		p++
	}
	if t.at(p) == 'W' {
		return t.parseISOWeek(y, p+1, sep, n)
	}
	if m, p, ok = t.digits(p, 2); !ok {
		return 0, 0, 0, false
	}
	if sep {
		if t.at(p) != '-' {
			return 0, 0, 0, false
		}
		p++
	}
	d, _, ok = t.digits(p, 2)
	return y, m, d, ok
}

func (t isoText) parseISOWeek(y, p int, sep bool, n int) (int, int, int, bool) {
	week, p, ok := t.digits(p, 2)
	if !ok {
		return 0, 0, 0, false
	}
	day := 1
	if p < n {
		if sep {
			if t.at(p) != '-' {
				return 0, 0, 0, false
			}
			p++
		}
		if day, _, ok = t.digits(p, 1); !ok {
			return 0, 0, 0, false
		}
	}
	yy, mm, dd, err := isoCalendarToYMD(int64(y), int64(week), int64(day))
	if err != nil {
		return 0, 0, 0, false
	}
	return yy, mm, dd, true
}

// parseHMSF reads HH[:?MM[:?SS]][{.,}f+] in t[p:end] (parse_hh_mm_ss_ff);
// rest is true when characters remain before end.
func (t isoText) parseHMSF(p, end int) (f [4]int, rest bool, ok bool) {
	sep := true
	i := 0
	for ; i < 3; i++ {
		if f[i], p, ok = t.digits(p, 2); !ok {
			return f, false, false
		}
		c := t.at(p)
		p++
		if i == 0 {
			sep = c == ':'
		}
		if p >= end {
			return f, c != 0, true
		}
		if sep && c == ':' {
			continue
		}
		if c == '.' || c == ',' {
			break
		}
		if sep {
			return f, false, false
		}
		p--
	}
	n := end - p
	if n > 6 {
		n = 6
	}
	if n <= 0 {
		return f, false, false
	}
	if f[3], p, ok = t.digits(p, n); !ok {
		return f, false, false
	}
	f[3] *= [7]int{0, 100000, 10000, 1000, 100, 10, 1}[n]
	for c := t.at(p); c >= '0' && c <= '9'; c = t.at(p) {
		p++
	}
	return f, t.at(p) != 0, true
}

// parseTime reads a time with an optional UTC offset from t[p:]
// (parse_isoformat_time); hasTZ reports an offset of tzSec seconds and
// tzUS microseconds.
func (t isoText) parseTime(p int) (f [4]int, hasTZ bool, tzSec, tzUS int, ok bool) {
	end := len(t)
	tz := p
	for ; tz < end; tz++ {
		if c := t[tz]; c == 'Z' || c == '+' || c == '-' {
			break
		}
	}
	f, rest, ok := t.parseHMSF(p, tz)
	if !ok {
		return f, false, 0, 0, false
	}
	if tz == end {
		return f, false, 0, 0, !rest
	}
	if t[tz] == 'Z' {
		return f, true, 0, 0, tz+1 == end
	}
	sgn := 1
	if t[tz] == '-' {
		sgn = -1
	}
	g, rest, ok := t.parseHMSF(tz+1, end)
	if !ok || rest {
		return f, false, 0, 0, false
	}
	return f, true, sgn * (g[0]*3600 + g[1]*60 + g[2]), sgn * g[3], true
}

// separatorAt finds where the date part of a datetime string ends
// (_find_isoformat_datetime_separator); -1 means invalid.
func (t isoText) separatorAt() int {
	n := len(t)
	if n == 7 {
		return 7
	}
	if n < 7 {
		return -1
	}
	if t[4] == '-' {
		if t[5] != 'W' {
			return 10
		}
		if n > 8 && t[8] == '-' {
			if n == 9 {
				return -1
			}
			if n > 10 && t[10] >= '0' && t[10] <= '9' {
				return 8
			}
			return 10
		}
		return 8
	}
	if t[4] != 'W' {
		return 8
	}
	i := 7
	for i < n && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i < 9 {
		return i
	}
	if i%2 == 0 {
		return 7
	}
	return 8
}

// isoTZInfo is the tzinfo of a parsed offset (tzinfo_from_isoformat_results).
func isoTZInfo(hasTZ bool, sec, us int) (runtime.Value, *runtime.Exception) {
	if !hasTZ {
		return runtime.None, nil
	}
	if sec == 0 && us == 0 {
		return utcTimezone, nil
	}
	off, err := newDelta(0, sec, us)
	if err != nil {
		return runtime.Value{}, err
	}
	return newTimezone(off, runtime.Value{})
}

func invalidISO(s runtime.Value) *runtime.Exception {
	r, err := runtime.Repr(s)
	if err != nil {
		return err
	}
	return runtime.NewValueError("Invalid isoformat string: %s", r.S)
}

func isoArg(v runtime.Value) (isoText, *runtime.Exception) {
	s, ok := v.TryStr()
	if !ok {
		return nil, runtime.NewTypeError("fromisoformat: argument must be str")
	}
	return newISOText(s.S), nil
}

func date_fromisoformat(cls runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	t, err := isoArg(args[0])
	if err != nil {
		return runtime.Value{}, err
	}
	n := len(t)
	if n != 7 && n != 8 && n != 10 {
		return runtime.Value{}, invalidISO(args[0])
	}
	y, m, d, ok := t.parseDate(n)
	if !ok {
		return runtime.Value{}, invalidISO(args[0])
	}
	return newDateSubclassChecked(cls, y, m, d)
}

// newDateSubclassChecked is newDateSubclass with the range checks first.
func newDateSubclassChecked(cls runtime.Value, y, m, d int) (runtime.Value, *runtime.Exception) {
	if err := checkDateArgs(int64(y), int64(m), int64(d)); err != nil {
		return runtime.Value{}, err
	}
	return newDateSubclass(cls, y, m, d)
}

func time_fromisoformat(cls runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	t, err := isoArg(args[0])
	if err != nil {
		return runtime.Value{}, err
	}
	p := 0
	if t.at(0) == 'T' {
		p = 1
	}
	f, hasTZ, sec, us, ok := t.parseTime(p)
	if !ok {
		return runtime.Value{}, invalidISO(args[0])
	}
	tz, err := isoTZInfo(hasTZ, sec, us)
	if err != nil {
		return runtime.Value{}, err
	}
	return newTimeSubclass(cls, f[0], f[1], f[2], f[3], tz, 0)
}

func datetime_fromisoformat(cls runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	t, err := isoArg(args[0])
	if err != nil {
		return runtime.Value{}, err
	}
	sep := t.separatorAt()
	if sep < 0 {
		return runtime.Value{}, invalidISO(args[0])
	}
	y, m, d, ok := t.parseDate(sep)
	var f [4]int
	var hasTZ bool
	var sec, us int
	if ok && len(t) > sep {
		f, hasTZ, sec, us, ok = t.parseTime(sep + 1)
	}
	if !ok {
		return runtime.Value{}, invalidISO(args[0])
	}
	tz, err := isoTZInfo(hasTZ, sec, us)
	if err != nil {
		return runtime.Value{}, err
	}
	return newDateTimeSubclass(cls, y, m, d, f[0], f[1], f[2], f[3], tz, 0)
}

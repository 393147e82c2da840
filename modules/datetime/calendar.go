// This file defines the proleptic Gregorian calendar arithmetic the
// datetime types share (CPython's ymd_to_ord, ord_to_ymd and friends) and
// the range checks with the C module's error messages.

package datetime

import (
	"strings"

	"krait/runtime"
)

// The year range of date and datetime.
const (
	minYear = 1
	maxYear = 9999
	// maxOrdinal is date.max.toordinal().
	maxOrdinal = 3652059
	// maxDeltaDays bounds abs(timedelta.days).
	maxDeltaDays = 999999999
)

var daysInMonthTable = [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
var daysBeforeMonthTable = [13]int{0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysInMonth(y, m int) int {
	if m == 2 && isLeap(y) {
		return 29
	}
	return daysInMonthTable[m]
}

func daysBeforeMonth(y, m int) int {
	d := daysBeforeMonthTable[m]
	if m > 2 && isLeap(y) {
		d++
	}
	return d
}

// daysBeforeYear counts the days in the years before y (year 1 is day 1).
func daysBeforeYear(y int) int {
	y--
	return y*365 + y/4 - y/100 + y/400
}

// ymdToOrd is the proleptic ordinal of a valid date (0001-01-01 is 1).
func ymdToOrd(y, m, d int) int { return daysBeforeYear(y) + daysBeforeMonth(y, m) + d }

// ordToYMD inverts ymdToOrd for ordinals >= 1.
func ordToYMD(n int) (y, m, d int) {
	n--
	n400, n := n/146097, n%146097
	y = n400*400 + 1
	n100, n := n/36524, n%36524
	n4, n := n/1461, n%1461
	n1, n := n/365, n%365
	y += n100*100 + n4*4 + n1
	if n1 == 4 || n100 == 4 {
		return y - 1, 12, 31
	}
	leap := n1 == 3 && (n4 != 24 || n100 == 3)
	m = (n + 50) >> 5
	pre := daysBeforeMonthTable[m]
	if m > 2 && leap {
		pre++
	}
	if pre > n {
		m--
		pre -= daysInMonthTable[m]
		if m == 2 && leap {
			pre--
		}
	}
	return y, m, n - pre + 1
}

// weekday is Monday=0 .. Sunday=6.
func weekday(y, m, d int) int { return (ymdToOrd(y, m, d) + 6) % 7 }

// isoWeek1Monday is the ordinal of the Monday starting ISO week 1 of y.
func isoWeek1Monday(y int) int {
	first := daysBeforeYear(y) + 1
	wd := (first + 6) % 7
	monday := first - wd
	if wd > 3 {
		monday += 7
	}
	return monday
}

func checkDateArgs(y, m, d int64) *runtime.Exception {
	if y < minYear || y > maxYear {
		return runtime.NewValueError("year %d is out of range", y)
	}
	if m < 1 || m > 12 {
		return runtime.NewValueError("month must be in 1..12")
	}
	if d < 1 || d > int64(daysInMonth(int(y), int(m))) {
		return runtime.NewValueError("day is out of range for month")
	}
	return nil
}

func checkTimeArgs(h, mi, s, us, fold int64) *runtime.Exception {
	switch {
	case h < 0 || h > 23:
		return runtime.NewValueError("hour must be in 0..23")
	case mi < 0 || mi > 59:
		return runtime.NewValueError("minute must be in 0..59")
	case s < 0 || s > 59:
		return runtime.NewValueError("second must be in 0..59")
	case us < 0 || us > 999999:
		return runtime.NewValueError("microsecond must be in 0..999999")
	case fold != 0 && fold != 1:
		return runtime.NewValueError("fold must be either 0 or 1")
	}
	return nil
}

// normalizePair carries hi += lo // factor, lo %= factor (floored).
func normalizePair(hi, lo *int, factor int) {
	if *lo < 0 || *lo >= factor {
		q := *lo / factor
		if *lo%factor < 0 {
			q--
		}
		*hi += q
		*lo -= q * factor
	}
}

// normalizeDateTime brings a datetime's fields, possibly out of range after
// arithmetic, back to a valid datetime (normalize_datetime); it fails
// with OverflowError "date value out of range" past the year range.
func normalizeDateTime(y, mo, d, h, mi, s, us *int) *runtime.Exception {
	normalizePair(s, us, 1000000)
	normalizePair(mi, s, 60)
	normalizePair(h, mi, 60)
	normalizePair(d, h, 24)
	return normalizeDate(y, mo, d)
}

// normalizeDate fixes a day outside its month (normalize_date).
func normalizeDate(y, m, d *int) *runtime.Exception {
	if *m < 1 || *m > 12 {
		*m--
		normalizePair(y, m, 12)
		*m++
	}
	dim := daysInMonth(*y, *m)
	if *d < 1 || *d > dim {
		if *d == 0 {
			*m--
			if *m > 0 {
				*d = daysInMonth(*y, *m)
			} else {
				*y--
				*m = 12
				*d = 31
			}
		} else if *d == dim+1 {
			*m++
			*d = 1
			if *m > 12 {
				*m = 1
				*y++
			}
		} else {
			ord := ymdToOrd(*y, *m, 1) + *d - 1
			if ord < 1 || ord > maxOrdinal {
				return runtime.NewOverflowError("date value out of range")
			}
			*y, *m, *d = ordToYMD(ord)
			return nil
		}
	}
	if *y < minYear || *y > maxYear {
		return runtime.NewOverflowError("date value out of range")
	}
	return nil
}

// intArg converts a constructor argument as PyArg_Parse's "i" format does.
func intArg(v runtime.Value) (int64, *runtime.Exception) {
	if v.IsSmallInt() {
		n := v.SmallInt()
		return n, checkCInt(n)
	}
	if runtime.IsInstance(v, runtime.FloatType) {
		return 0, runtime.NewTypeError("'float' object cannot be interpreted as an integer")
	}
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		if err.Matches(runtime.OverflowErrorType) {
			return 0, runtime.NewOverflowError("Python int too large to convert to C long")
		}
		return 0, err
	}
	return n, checkCInt(n)
}

func checkCInt(n int64) *runtime.Exception {
	if n > 2147483647 {
		return runtime.NewOverflowError("signed integer is greater than maximum")
	}
	if n < -2147483648 {
		return runtime.NewOverflowError("signed integer is less than minimum")
	}
	return nil
}

// typeName is the tp_name CPython's messages and reprs use.
func typeName(v runtime.Value) string { return v.Type().Name }

// bindCtor binds a constructor's arguments as PyArg_ParseTupleAndKeywords
// with no function name does: counts are checked first, then the leading
// nInt positional arguments are converted in order before a missing
// argument is reported, and messages say "function" without parentheses.
func bindCtor(m *runtime.Method, args []runtime.Value, kwnames []*runtime.Str, nInt, nParams int) ([]runtime.Value, *runtime.Exception) {
	a, err := m.BindClinic(args, kwnames, "function")
	if err == nil {
		return a, nil
	}
	if npos := len(args) - len(kwnames); npos <= nParams {
		for i := 0; i < npos && i < nInt; i++ {
			if _, e := intArg(args[i]); e != nil {
				return nil, e
			}
		}
	}
	msg := strings.TrimPrefix(err.Error(), "TypeError: ")
	if strings.HasPrefix(msg, "function() ") {
		return nil, runtime.NewTypeError("function %s", msg[len("function() "):])
	}
	return nil, err
}

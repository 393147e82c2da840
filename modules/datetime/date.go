// This file defines datetime.date: construction (including from pickle
// state), the alternate constructors, formatting, arithmetic with
// timedelta, comparison and hash.

package datetime

import (
	"fmt"

	"krait/runtime"
)

// Date is a date; DateTime embeds it so that a datetime is a date.
type Date struct {
	runtime.Header
	year, month, day int
	hash             int64
	attrs            *runtime.Attrs
}

// DateType is datetime.date.
var DateType *runtime.Type

var (
	dateNewMethod     = runtime.Method{Name: "date", Sig: "year, month, day"}
	dateReplaceMethod = runtime.Method{Name: "replace", Sig: "year=, month=, day="}
)

func initDate() {
	DateType = runtime.NewNativeType(&runtime.TypeSpec{
		Name:  "datetime.date",
		Flags: runtime.FlagBaseType,
		Doc:   "date(year, month, day) --> date object",
		Methods: []runtime.Method{
			{Name: "today", Flags: runtime.MethNoArgs | runtime.MethClass, Fn: date_today, Doc: "Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."},
			{Name: "fromtimestamp", Sig: "timestamp, /", Flags: runtime.MethClass, Fn: date_fromtimestamp, Doc: "Create a date from a POSIX timestamp.\n\nThe timestamp is a number, e.g. created via time.time(), that is interpreted\nas local time."},
			{Name: "fromordinal", Sig: "ordinal, /", Flags: runtime.MethClass | runtime.MethOld, Fn: date_fromordinal, Doc: "int -> date corresponding to a proleptic Gregorian ordinal."},
			{Name: "fromisoformat", Flags: runtime.MethClass | runtime.MethO, Fn: date_fromisoformat, Doc: "str -> Construct a date from a string in ISO 8601 format."},
			{Name: "fromisocalendar", Sig: "year, week, day", Flags: runtime.MethClass, Fn: date_fromisocalendar, Doc: "int, int, int -> Construct a date from the ISO year, week number and weekday.\n\nThis is the inverse of the date.isocalendar() function"},
			{Name: "ctime", Flags: runtime.MethNoArgs, Fn: date_ctime, Doc: "Return ctime() style string."},
			{Name: "strftime", Sig: "format", Fn: date_strftime, Doc: "format -> strftime() style string."},
			{Name: "__format__", Sig: "format, /", Flags: runtime.MethOld, Fn: date_format, Doc: "Formats self with strftime."},
			{Name: "timetuple", Flags: runtime.MethNoArgs, Fn: date_timetuple, Doc: "Return time tuple, compatible with time.localtime()."},
			{Name: "isocalendar", Flags: runtime.MethNoArgs, Fn: date_isocalendar, Doc: "Return a named tuple containing ISO year, week number, and weekday."},
			{Name: "isoformat", Flags: runtime.MethNoArgs, Fn: date_isoformat, Doc: "Return string in ISO 8601 format, YYYY-MM-DD."},
			{Name: "isoweekday", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
				d := asDate(self)
				return runtime.Int(int64(weekday(d.year, d.month, d.day) + 1)), nil
			}, Doc: "Return the day of the week represented by the date.\nMonday == 1 ... Sunday == 7"},
			{Name: "toordinal", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
				d := asDate(self)
				return runtime.Int(int64(ymdToOrd(d.year, d.month, d.day))), nil
			}, Doc: "Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."},
			{Name: "weekday", Flags: runtime.MethNoArgs, Fn: func(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
				d := asDate(self)
				return runtime.Int(int64(weekday(d.year, d.month, d.day))), nil
			}, Doc: "Return the day of the week represented by the date.\nMonday == 0 ... Sunday == 6"},
			{Name: "replace", Sig: "year=, month=, day=", Fn: date_replace, Doc: "Return date with new specified fields."},
			{Name: "__reduce__", Flags: runtime.MethNoArgs, Fn: date_reduce, Doc: "__reduce__() -> (cls, state)"},
		},
		GetSets: []runtime.GetSetDef{
			{Name: "year", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.Int(int64(asDate(v).year)), nil
			}},
			{Name: "month", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.Int(int64(asDate(v).month)), nil
			}},
			{Name: "day", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.Int(int64(asDate(v).day)), nil
			}},
		},
	}, func(t *runtime.Type) {
		t.New = date_new
		t.Repr = date_repr
		t.Str = func(v runtime.Value) (runtime.Value, *runtime.Exception) { return runtime.CallMethod(v, "isoformat") }
		t.Hash = date_hash
		t.RichCompare = date_richcompare
		t.Number[runtime.NbAdd] = date_add
		t.Number[runtime.NbSubtract] = date_subtract
		t.InstAttrs = func(v runtime.Value) *runtime.Attrs { return asDate(v).attrs }
	})
}

func asDate(v runtime.Value) *Date { return runtime.PtrOf[Date](v) }

func isDate(v runtime.Value) bool { return runtime.IsInstance(v, DateType) }

// newDateRaw allocates a date of type t (an exact date or subclass).
func newDateRaw(t *runtime.Type, y, m, d int) runtime.Value {
	p := &Date{Header: runtime.HeaderFor(t), year: y, month: m, day: d, hash: -1}
	if t != DateType {
		p.attrs = &runtime.Attrs{}
	}
	return runtime.ValueOf(p)
}

// newDateSubclass makes a date of class cls: directly for date itself,
// through cls(y, m, d) for a subclass (new_date_subclass_ex).
func newDateSubclass(cls runtime.Value, y, m, d int) (runtime.Value, *runtime.Exception) {
	if t, ok := cls.TryType(); ok && t == DateType {
		if err := checkDateArgs(int64(y), int64(m), int64(d)); err != nil {
			return runtime.Value{}, err
		}
		return newDateRaw(t, y, m, d), nil
	}
	if t, ok := cls.TryType(); ok && t == DateTimeType {
		return newDateTime(y, m, d, 0, 0, 0, 0, runtime.None, 0)
	}
	return runtime.Call(cls, []runtime.Value{runtime.Int(int64(y)), runtime.Int(int64(m)), runtime.Int(int64(d))}, nil)
}

// pickleState reports whether args are a single pickled state of the
// given size with a valid month byte at index monthAt.
func pickleState(args []runtime.Value, kwnames []*runtime.Str, size int, check func([]byte) bool) ([]byte, bool) {
	if len(kwnames) != 0 || len(args) < 1 || len(args) > 2 {
		return nil, false
	}
	if b, ok := args[0].TryBytes(); ok && len(b) == size && check(b) {
		return b, true
	}
	if s, ok := args[0].TryStr(); ok && runeLen(s.S) == size {
		b := make([]byte, 0, size)
		for _, r := range s.S {
			if r > 255 {
				return nil, false
			}
			b = append(b, byte(r))
		}
		if check(b) {
			return b, true
		}
	}
	return nil, false
}

func runeLen(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

func date_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	if len(args) == 1 {
		if b, ok := pickleState(args, kwnames, 4, func(b []byte) bool { return b[2] >= 1 && b[2] <= 12 }); ok {
			return newDateRaw(t, int(b[0])<<8|int(b[1]), int(b[2]), int(b[3])), nil
		}
	}
	a, err := bindCtor(&dateNewMethod, args, kwnames, 3, 3)
	if err != nil {
		return runtime.Value{}, err
	}
	var f [3]int64
	for i := range f {
		if f[i], err = intArg(a[i]); err != nil {
			return runtime.Value{}, err
		}
	}
	if err := checkDateArgs(f[0], f[1], f[2]); err != nil {
		return runtime.Value{}, err
	}
	return newDateRaw(t, int(f[0]), int(f[1]), int(f[2])), nil
}

func date_today(cls runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	now, err := callTime("time")
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.CallMethod(cls, "fromtimestamp", now)
}

func date_fromtimestamp(cls runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	t, err := timestampToTimeT(args[0])
	if err != nil {
		return runtime.Value{}, err
	}
	tm, err := localtime(t)
	if err != nil {
		return runtime.Value{}, err
	}
	return newDateSubclass(cls, tm.year, tm.month, tm.day)
}

func date_fromordinal(cls runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	n, err := intArg(args[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if n < 1 {
		return runtime.Value{}, runtime.NewValueError("ordinal must be >= 1")
	}
	if n > maxOrdinal {
		return runtime.Value{}, runtime.NewValueError("year %d is out of range", 10000)
	}
	y, m, d := ordToYMD(int(n))
	return newDateSubclass(cls, y, m, d)
}

func date_fromisocalendar(cls runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	var f [3]int64
	for i := range f {
		var err *runtime.Exception
		if f[i], err = intArg(args[i]); err != nil {
			if err.Matches(runtime.OverflowErrorType) {
				err = runtime.NewValueError("ISO calendar component out of range")
			}
			return runtime.Value{}, err
		}
	}
	y, m, d, err := isoCalendarToYMD(f[0], f[1], f[2])
	if err != nil {
		return runtime.Value{}, err
	}
	return newDateSubclass(cls, y, m, d)
}

// isoCalendarToYMD converts an ISO year, week and weekday to a date.
func isoCalendarToYMD(year, week, day int64) (int, int, int, *runtime.Exception) {
	if year < minYear || year > maxYear {
		return 0, 0, 0, runtime.NewValueError("Year is out of range: %d", year)
	}
	if week <= 0 || week >= 53 {
		outOfRange := true
		if week == 53 {
			// Only years starting on a Thursday, or leap years starting on
			// a Wednesday, have a week 53.
			first := weekday(int(year), 1, 1)
			if first == 3 || (first == 2 && isLeap(int(year))) {
				outOfRange = false
			}
		}
		if outOfRange {
			return 0, 0, 0, runtime.NewValueError("Invalid week: %d", week)
		}
	}
	if day <= 0 || day >= 8 {
		return 0, 0, 0, runtime.NewValueError("Invalid day: %d (range is [1, 7])", day)
	}
	ord := isoWeek1Monday(int(year)) + int(week-1)*7 + int(day-1)
	y, m, d := ordToYMD(ord)
	return y, m, d, nil
}

func date_repr(v runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDate(v)
	return runtime.StrValue(fmt.Sprintf("%s(%d, %d, %d)", typeName(v), d.year, d.month, d.day)), nil
}

func date_isoformat(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDate(self)
	return runtime.StrValue(fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day)), nil
}

var dayNames = [7]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
var monthNames = [13]string{"", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// ctimeString formats like C's asctime.
func ctimeString(y, m, d, hh, mm, ss int) string {
	return fmt.Sprintf("%s %s %2d %02d:%02d:%02d %04d", dayNames[weekday(y, m, d)], monthNames[m], d, hh, mm, ss, y)
}

func date_ctime(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDate(self)
	return runtime.StrValue(ctimeString(d.year, d.month, d.day, 0, 0, 0)), nil
}

func date_timetuple(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDate(self)
	return buildStructTime(d.year, d.month, d.day, 0, 0, 0, -1)
}

// buildStructTime makes a time.struct_time for the fields.
func buildStructTime(y, m, d, hh, mm, ss, dst int) (runtime.Value, *runtime.Exception) {
	tm, err := timeModuleAttr("struct_time")
	if err != nil {
		return runtime.Value{}, err
	}
	yday := daysBeforeMonth(y, m) + d
	items := []runtime.Value{runtime.Int(int64(y)), runtime.Int(int64(m)), runtime.Int(int64(d)),
		runtime.Int(int64(hh)), runtime.Int(int64(mm)), runtime.Int(int64(ss)),
		runtime.Int(int64(weekday(y, m, d))), runtime.Int(int64(yday)), runtime.Int(int64(dst))}
	return runtime.Call(tm, []runtime.Value{runtime.TupleValue(items...)}, nil)
}

func date_isocalendar(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDate(self)
	y := d.year
	ord := ymdToOrd(d.year, d.month, d.day)
	week1 := isoWeek1Monday(y)
	week := (ord - week1) / 7
	day := (ord - week1) % 7
	if ord-week1 < 0 {
		y--
		week1 = isoWeek1Monday(y)
		week, day = (ord-week1)/7, (ord-week1)%7
	} else if week >= 52 && ord >= isoWeek1Monday(y+1) {
		y++
		week, day = 0, ord-isoWeek1Monday(y)
	}
	return runtime.NewStructSeq(isoCalendarDateType, []runtime.Value{runtime.Int(int64(y)), runtime.Int(int64(week + 1)), runtime.Int(int64(day + 1))}), nil
}

func date_strftime(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	if _, ok := args[0].TryStr(); !ok {
		return runtime.Value{}, runtime.NewTypeError("strftime() argument 1 must be str, not %s", args[0].Type().Name)
	}
	tt, err := runtime.CallMethod(self, "timetuple")
	if err != nil {
		return runtime.Value{}, err
	}
	return wrapStrftime(self, args[0], tt, self)
}

func date_format(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, ok := args[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("__format__() argument 1 must be str, not %s", args[0].Type().Name)
	}
	if s.S == "" {
		str, err := runtime.StrOf(self)
		if err != nil {
			return runtime.Value{}, err
		}
		return str.Value(), nil
	}
	return runtime.CallMethod(self, "strftime", args[0])
}

func date_replace(self runtime.Value, args []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDate(self)
	f := [3]int64{int64(d.year), int64(d.month), int64(d.day)}
	for i, a := range args {
		if !a.IsNull() {
			var err *runtime.Exception
			if f[i], err = intArg(a); err != nil {
				return runtime.Value{}, err
			}
		}
	}
	if err := checkDateArgs(f[0], f[1], f[2]); err != nil {
		return runtime.Value{}, err
	}
	if self.Type() == DateType {
		return newDateRaw(DateType, int(f[0]), int(f[1]), int(f[2])), nil
	}
	return runtime.Call(runtime.ValueOf(self.Type()), []runtime.Value{runtime.Int(f[0]), runtime.Int(f[1]), runtime.Int(f[2])}, nil)
}

func dateState(d *Date) runtime.Value {
	return runtime.NewBytes([]byte{byte(d.year >> 8), byte(d.year), byte(d.month), byte(d.day)})
}

func date_reduce(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return runtime.TupleValue(runtime.ValueOf(self.Type()), runtime.TupleValue(dateState(asDate(self)))), nil
}

func date_hash(v runtime.Value) (int64, *runtime.Exception) {
	d := asDate(v)
	if d.hash == -1 {
		h, err := runtime.Hash(dateState(d))
		if err != nil {
			return 0, err
		}
		d.hash = h
	}
	return d.hash, nil
}

func dateCmp(x, y *Date) int {
	switch {
	case x.year != y.year:
		return sign(x.year - y.year)
	case x.month != y.month:
		return sign(x.month - y.month)
	}
	return sign(x.day - y.day)
}

func date_richcompare(v, w runtime.Value, op runtime.CompareOp) (runtime.Value, *runtime.Exception) {
	if !isDate(w) {
		return runtime.NotImplemented, nil
	}
	return cmpResult(dateCmp(asDate(v), asDate(w)), op), nil
}

// dateShift adds days to a date (add_date_timedelta), keeping its class.
func dateShift(date runtime.Value, days int) (runtime.Value, *runtime.Exception) {
	d := asDate(date)
	ord := ymdToOrd(d.year, d.month, d.day) + days
	if ord < 1 || ord > maxOrdinal {
		return runtime.Value{}, runtime.NewOverflowError("date value out of range")
	}
	y, m, dd := ordToYMD(ord)
	return newDateSubclass(runtime.ValueOf(date.Type()), y, m, dd)
}

func date_add(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	if isDateTime(a) || isDateTime(b) {
		return runtime.NotImplemented, nil
	}
	if isDate(a) && isDelta(b) {
		return dateShift(a, asDelta(b).days)
	}
	if isDelta(a) && isDate(b) {
		return dateShift(b, asDelta(a).days)
	}
	return runtime.NotImplemented, nil
}

func date_subtract(a, b runtime.Value) (runtime.Value, *runtime.Exception) {
	if isDateTime(a) || !isDate(a) {
		return runtime.NotImplemented, nil
	}
	if isDate(b) && !isDateTime(b) {
		x, y := asDate(a), asDate(b)
		return newDelta(ymdToOrd(x.year, x.month, x.day)-ymdToOrd(y.year, y.month, y.day), 0, 0)
	}
	if isDelta(b) {
		return dateShift(a, -asDelta(b).days)
	}
	return runtime.NotImplemented, nil
}

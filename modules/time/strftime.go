// This file defines strftime with the C library's (glibc's) semantics in
// the C locale: every conversion glibc knows, the flags - _ 0 ^ # and a
// field width, E and O modifiers ignored, unknown conversions copied.

package time

import (
	"strconv"
	"strings"
)

// tm is C's struct tm with the year as the actual year, wday counted from
// Sunday and yday from 0 (C's conventions), plus the zone.
type tm struct {
	year, mon, mday, hour, min, sec, wday, yday, isdst int
	zone                                               string
	gmtoff                                             int64
	hasZone                                            bool
	epoch                                              func() int64 // %s: mktime of this tm
}

var (
	dayNames   = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
)

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int) int { return a - floorDiv(a, b)*b }

// isoWeekDays is the number of days from the first day of the first ISO
// week of this year to the given year day (negative if before it).
func isoWeekDays(yday, wday int) int {
	const big = 378 // a multiple of 7 larger than any year-day difference
	return yday - (yday-wday+4+big)%7 + 3
}

// isoYearWeek returns the ISO 8601 year and the days since its first week.
func isoYearWeek(t *tm) (int, int) {
	year := t.year
	days := isoWeekDays(t.yday, t.wday)
	if days < 0 {
		year--
		days = isoWeekDays(t.yday+365+boolInt(isLeap(year)), t.wday)
	} else if d := isoWeekDays(t.yday-365-boolInt(isLeap(year)), t.wday); d >= 0 {
		year++
		days = d
	}
	return year, days
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// spec is one conversion's flags and width.
type spec struct {
	pad   byte // 0 (default), '-', '_' or '0'
	upper bool // ^
	swap  bool // #
	width int  // -1 if not given
}

// num formats n with at least digits digits, padded with defPad ('0' or
// ' ') unless the flags say otherwise.
func (s spec) num(n, digits int, defPad byte) string {
	neg := n < 0
	if neg {
		n = -n
	}
	str := strconv.Itoa(n)
	pad := defPad
	switch s.pad {
	case '-':
		pad = ' '
		digits = 0
	case '_':
		pad = ' '
	case '0':
		pad = '0'
	}
	width := digits
	if s.width >= 0 {
		width = s.width
	}
	if neg {
		width--
	}
	if len(str) < width {
		if pad == '0' {
			str = strings.Repeat("0", width-len(str)) + str
		} else {
			fill := strings.Repeat(" ", width-len(str))
			if neg {
				return fill + "-" + str
			}
			return fill + str
		}
	}
	if neg {
		return "-" + str
	}
	return str
}

// str formats a text conversion; lowerSwap says '#' lowers it (%p, %Z)
// instead of raising it.
func (s spec) str(v string, lowerSwap bool) string {
	switch {
	case s.upper:
		v = strings.ToUpper(v)
	case s.swap && lowerSwap:
		v = strings.ToLower(v)
	case s.swap:
		v = strings.ToUpper(v)
	}
	if s.width > len(v) {
		fill := " "
		if s.pad == '0' {
			fill = "0"
		}
		v = strings.Repeat(fill, s.width-len(v)) + v
	}
	return v
}

// strftime formats t as glibc's strftime in the C locale.
func strftime(format string, t *tm) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		start := i
		s := spec{width: -1}
		j := i + 1
	flags:
		for ; j < len(format); j++ {
			switch format[j] {
			case '-', '_', '0':
				s.pad = format[j]
			case '^':
				s.upper = true
			case '#':
				s.swap = true
			default:
				break flags
			}
		}
		if j < len(format) && format[j] >= '1' && format[j] <= '9' {
			s.width = 0
			for ; j < len(format) && format[j] >= '0' && format[j] <= '9'; j++ {
				s.width = s.width*10 + int(format[j]-'0')
			}
		}
		if j < len(format) && (format[j] == 'E' || format[j] == 'O') {
			j++
		}
		if j >= len(format) {
			b.WriteString(format[start:])
			break
		}
		out, ok := convert(format[j], s, t)
		if !ok {
			out = spec{pad: s.pad, width: s.width}.str(format[start:j+1], false)
		}
		b.WriteString(out)
		i = j
	}
	return b.String()
}

func name(names []string, i int, abbrev bool) string {
	if i < 0 || i >= len(names) {
		return "?"
	}
	if abbrev {
		return names[i][:3]
	}
	return names[i]
}

func hour12(h int) int {
	h %= 12
	if h == 0 {
		return 12
	}
	return h
}

// convert formats one conversion character; ok is false for an unknown one.
func convert(c byte, s spec, t *tm) (string, bool) {
	sub := func(f string) string {
		// A composite takes ^ and the width, not #.
		return spec{pad: s.pad, upper: s.upper, width: s.width}.str(strftime(f, t), false)
	}
	switch c {
	case '%':
		return s.str("%", false), true
	case 'a':
		return s.str(name(dayNames, t.wday, true), false), true
	case 'A':
		return s.str(name(dayNames, t.wday, false), false), true
	case 'b', 'h':
		return s.str(name(monthNames, t.mon, true), false), true
	case 'B':
		return s.str(name(monthNames, t.mon, false), false), true
	case 'c':
		return sub("%a %b %e %H:%M:%S %Y"), true
	case 'C':
		return s.num(floorDiv(t.year, 100), 0, '0'), true
	case 'd':
		return s.num(t.mday, 2, '0'), true
	case 'D', 'x':
		return sub("%m/%d/%y"), true
	case 'e':
		return s.num(t.mday, 2, ' '), true
	case 'F':
		return sub("%Y-%m-%d"), true
	case 'g':
		y, _ := isoYearWeek(t)
		return s.num(floorMod(y, 100), 2, '0'), true
	case 'G':
		y, _ := isoYearWeek(t)
		return s.num(y, 0, '0'), true
	case 'H':
		return s.num(t.hour, 2, '0'), true
	case 'I':
		return s.num(hour12(t.hour), 2, '0'), true
	case 'j':
		return s.num(t.yday+1, 3, '0'), true
	case 'k':
		return s.num(t.hour, 2, ' '), true
	case 'l':
		return s.num(hour12(t.hour), 2, ' '), true
	case 'm':
		return s.num(t.mon+1, 2, '0'), true
	case 'M':
		return s.num(t.min, 2, '0'), true
	case 'n':
		return s.str("\n", false), true
	case 'p':
		if t.hour >= 12 {
			return s.str("PM", true), true
		}
		return s.str("AM", true), true
	case 'P':
		if t.hour >= 12 {
			return s.str("pm", false), true
		}
		return s.str("am", false), true
	case 'r':
		return sub("%I:%M:%S %p"), true
	case 'R':
		return sub("%H:%M"), true
	case 's':
		return s.num(int(t.epoch()), 0, '0'), true
	case 'S':
		return s.num(t.sec, 2, '0'), true
	case 't':
		return s.str("\t", false), true
	case 'T', 'X':
		return sub("%H:%M:%S"), true
	case 'u':
		return s.num((t.wday+6)%7+1, 1, '0'), true
	case 'U':
		return s.num((t.yday-t.wday+7)/7, 2, '0'), true
	case 'V':
		_, d := isoYearWeek(t)
		return s.num(d/7+1, 2, '0'), true
	case 'w':
		return s.num(t.wday, 1, '0'), true
	case 'W':
		return s.num((t.yday-(t.wday-1+7)%7+7)/7, 2, '0'), true
	case 'y':
		return s.num(floorMod(t.year, 100), 2, '0'), true
	case 'Y':
		return s.num(t.year, 0, '0'), true
	case 'z':
		return zoneOffset(s, t), true
	case 'Z':
		return s.str(t.zone, true), true
	}
	return "", false
}

// zoneOffset formats %z: +hhmm (empty when DST is unknown). glibc pads a
// field width oddly: width-1 fill characters before the sign, then the
// number padded to the width.
func zoneOffset(s spec, t *tm) string {
	if t.isdst < 0 {
		return ""
	}
	off := t.gmtoff
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	off /= 60
	v := int(off/60*100 + off%60)
	prefix := ""
	if s.width > 0 {
		fill := " "
		if s.pad == '0' {
			fill = "0"
		}
		prefix = strings.Repeat(fill, s.width-1)
	}
	n := spec{pad: s.pad, width: s.width}
	if n.width >= 0 && n.width < 4 && s.pad != '-' {
		n.width = 4
	}
	return prefix + sign + n.num(v, 4, '0')
}

// This file holds the data of the C and C.UTF-8 locales: the nl_langinfo
// items (with glibc's item numbers, which are the constants _locale
// exports) and the localeconv values. The two locales differ only in their
// codeset.

package locale

// langinfoItem is one nl_langinfo constant and its value in the C locale.
type langinfoItem struct {
	name  string
	key   int64
	value string
}

// langinfoItems lists the constants CPython's _locale exports on glibc.
var langinfoItems = []langinfoItem{
	{"CODESET", 14, "ANSI_X3.4-1968"},
	{"D_T_FMT", 0x20028, "%a %b %e %H:%M:%S %Y"},
	{"D_FMT", 0x20029, "%m/%d/%y"},
	{"T_FMT", 0x2002A, "%H:%M:%S"},
	{"T_FMT_AMPM", 0x2002B, "%I:%M:%S %p"},
	{"AM_STR", 0x20026, "AM"},
	{"PM_STR", 0x20027, "PM"},
	{"DAY_1", 0x20007, "Sunday"}, {"DAY_2", 0x20008, "Monday"}, {"DAY_3", 0x20009, "Tuesday"},
	{"DAY_4", 0x2000A, "Wednesday"}, {"DAY_5", 0x2000B, "Thursday"}, {"DAY_6", 0x2000C, "Friday"},
	{"DAY_7", 0x2000D, "Saturday"},
	{"ABDAY_1", 0x20000, "Sun"}, {"ABDAY_2", 0x20001, "Mon"}, {"ABDAY_3", 0x20002, "Tue"},
	{"ABDAY_4", 0x20003, "Wed"}, {"ABDAY_5", 0x20004, "Thu"}, {"ABDAY_6", 0x20005, "Fri"},
	{"ABDAY_7", 0x20006, "Sat"},
	{"MON_1", 0x2001A, "January"}, {"MON_2", 0x2001B, "February"}, {"MON_3", 0x2001C, "March"},
	{"MON_4", 0x2001D, "April"}, {"MON_5", 0x2001E, "May"}, {"MON_6", 0x2001F, "June"},
	{"MON_7", 0x20020, "July"}, {"MON_8", 0x20021, "August"}, {"MON_9", 0x20022, "September"},
	{"MON_10", 0x20023, "October"}, {"MON_11", 0x20024, "November"}, {"MON_12", 0x20025, "December"},
	{"ABMON_1", 0x2000E, "Jan"}, {"ABMON_2", 0x2000F, "Feb"}, {"ABMON_3", 0x20010, "Mar"},
	{"ABMON_4", 0x20011, "Apr"}, {"ABMON_5", 0x20012, "May"}, {"ABMON_6", 0x20013, "Jun"},
	{"ABMON_7", 0x20014, "Jul"}, {"ABMON_8", 0x20015, "Aug"}, {"ABMON_9", 0x20016, "Sep"},
	{"ABMON_10", 0x20017, "Oct"}, {"ABMON_11", 0x20018, "Nov"}, {"ABMON_12", 0x20019, "Dec"},
	{"RADIXCHAR", 0x10000, "."},
	{"THOUSEP", 0x10001, ""},
	{"YESEXPR", 0x50000, "^[yY]"},
	{"NOEXPR", 0x50001, "^[nN]"},
	{"CRNCYSTR", 0x4000F, "-"},
	{"ERA", 0x2002C, ""},
	{"ERA_D_FMT", 0x2002E, ""},
	{"ALT_DIGITS", 0x2002F, ""},
	{"ERA_D_T_FMT", 0x20030, ""},
	{"ERA_T_FMT", 0x20031, ""},
	{"_DATE_FMT", 0x2006C, "%a %b %e %H:%M:%S %Z %Y"},
}

// codeset is nl_langinfo(CODESET) of a locale name.
func codeset(name string) string {
	if isUTF8(name) {
		return "UTF-8"
	}
	return "ANSI_X3.4-1968"
}

// charMax is CHAR_MAX: localeconv's "not available" for its numeric fields.
const charMax = 127

// localeconvStrings are localeconv's string fields in the C locale, in
// CPython's order; the numeric fields follow them.
var localeconvMonetary = []string{"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"}

var localeconvSigns = []string{"positive_sign", "negative_sign"}

var localeconvNumbers = []string{"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
	"n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"}

// Package locale implements _locale, the POSIX locale interface behind the
// locale module: setlocale, localeconv, nl_langinfo, strcoll, strxfrm,
// getencoding, the gettext functions and glibc's constants.
package locale

import (
	"strings"

	"krait/runtime"
)

// Module is the _locale module definition.
var Module = &runtime.ModuleDef{
	Name: "_locale",
	Doc:  "Support for POSIX locales.",
	Methods: []runtime.Method{
		{Name: "setlocale", Sig: "category, locale=, /", Fn: locale_setlocale, Doc: "Activates/queries locale processing."},
		{Name: "localeconv", Flags: runtime.MethNoArgs, Fn: locale_localeconv, Doc: "Returns numeric and monetary locale-specific parameters."},
		{Name: "nl_langinfo", Sig: "key, /", Fn: locale_nl_langinfo, Doc: "Return the value for the locale information associated with key."},
		{Name: "strcoll", Sig: "os1, os2, /", Fn: locale_strcoll, Doc: "Compares two strings according to the locale."},
		{Name: "strxfrm", Sig: "string, /", Fn: locale_strxfrm, Doc: "Return a string that can be used as a key for locale-aware comparisons."},
		{Name: "getencoding", Flags: runtime.MethNoArgs, Fn: locale_getencoding, Doc: "Get the current locale encoding."},
		{Name: "gettext", Sig: "msg, /", Fn: checked(locale_gettext, "gettext", "s"), Doc: "gettext(msg) -> string\n\nReturn translation of msg."},
		{Name: "dgettext", Sig: "domain, msg, /", Fn: checked(locale_dgettext, "dgettext", "zs"), Doc: "dgettext(domain, msg) -> string\n\nReturn translation of msg in domain."},
		{Name: "dcgettext", Sig: "domain, msg, category, /", Fn: checked(locale_dcgettext, "dcgettext", "zs-"), Doc: "Return translation of msg in domain and category."},
		{Name: "textdomain", Sig: "domain, /", Fn: checked(locale_textdomain, "textdomain", "z"), Doc: "Set the C library's textdmain to domain, returning the new domain."},
		{Name: "bindtextdomain", Sig: "domain, dir, /", Fn: checked(locale_bindtextdomain, "bindtextdomain", "sz"), Doc: "Bind the C library's domain to dir."},
		{Name: "bind_textdomain_codeset", Sig: "domain, codeset, /", Fn: checked(locale_bind_textdomain_codeset, "bind_textdomain_codeset", "sz"), Doc: "Bind the C library's domain to codeset."},
	},
	Exec: locale_exec,
}

// errorType returns locale.Error, created once per process.
var errorType = runtime.LazyExceptionClass("locale", "Error", "", runtime.ExceptionType)

func locale_exec(m *runtime.Module) *runtime.Exception {
	set := func(name string, v runtime.Value) { m.Dict.SetStr(runtime.Intern(name), v) }
	for _, c := range []struct {
		name string
		cat  int64
	}{{"LC_CTYPE", lcCtype}, {"LC_NUMERIC", lcNumeric}, {"LC_TIME", lcTime}, {"LC_COLLATE", lcCollate},
		{"LC_MONETARY", lcMonetary}, {"LC_MESSAGES", lcMessages}, {"LC_ALL", lcAll}} {
		set(c.name, runtime.Int(c.cat))
	}
	set("CHAR_MAX", runtime.Int(charMax))
	for _, it := range langinfoItems {
		set(it.name, runtime.Int(it.key))
	}
	set("Error", errorType().Value())
	return nil
}

// checked wraps a function whose arguments must be str ("s"), str or None
// ("z") or anything ("-"), with Argument Clinic's messages for the rest.
func checked(fn runtime.MethodFunc, name, kinds string) runtime.MethodFunc {
	return func(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		for i, k := range kinds {
			if k == '-' {
				continue
			}
			if err := strArg(name, a[i], i, len(kinds), k == 'z'); err != nil {
				return runtime.Value{}, err
			}
		}
		return fn(self, a)
	}
}

// strArg checks that argument i of n is a str (or None when noneOK).
func strArg(fn string, v runtime.Value, i, n int, noneOK bool) *runtime.Exception {
	if _, ok := v.TryStr(); ok || (noneOK && v.IsNone()) {
		return nil
	}
	which := "argument"
	if n > 1 {
		which = "argument " + string(rune('1'+i))
	}
	want := "str"
	if noneOK {
		want = "str or None"
	}
	return runtime.NewTypeError("%s() %s must be %s, not %s", fn, which, want, v.Type().Name)
}

// noNUL refuses strings C cannot hold.
func noNUL(s string) *runtime.Exception {
	if strings.IndexByte(s, 0) >= 0 {
		return runtime.NewValueError("embedded null character")
	}
	return nil
}

// cInt converts an argument Clinic declares as C int.
func cInt(v runtime.Value) (int64, *runtime.Exception) {
	n, err := runtime.IndexInt64(v, "")
	if err == nil && (n < -1<<31 || n >= 1<<31) {
		err = runtime.NewOverflowError("Python int too large to convert to C int")
	}
	if err != nil && err.Matches(runtime.OverflowErrorType) {
		if n < 0 {
			return 0, runtime.NewOverflowError("Python int too small to convert to C int")
		}
		return 0, runtime.NewOverflowError("Python int too large to convert to C int")
	}
	return n, err
}

func locale_setlocale(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	cat, err := cInt(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if a[1].IsNull() || a[1].IsNone() {
		if !validCategory(cat) {
			return runtime.Value{}, runtime.NewExceptionMsg(errorType(), "locale query failed")
		}
		mu.Lock()
		defer mu.Unlock()
		return runtime.StrValue(query(int(cat))), nil
	}
	if err := strArg("setlocale", a[1], 1, 2, true); err != nil {
		return runtime.Value{}, err
	}
	name, _ := a[1].TryStr()
	if err := noNUL(name.S); err != nil {
		return runtime.Value{}, err
	}
	if !validCategory(cat) {
		return runtime.Value{}, runtime.NewExceptionMsg(errorType(), "unsupported locale setting")
	}
	mu.Lock()
	defer mu.Unlock()
	r, ok := set(int(cat), name.S)
	if !ok {
		return runtime.Value{}, runtime.NewExceptionMsg(errorType(), "unsupported locale setting")
	}
	return runtime.StrValue(r), nil
}

func locale_localeconv(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	d := runtime.NewDict()
	put := func(k string, v runtime.Value) { d.SetStr(runtime.Intern(k), v) }
	for _, k := range localeconvMonetary {
		put(k, runtime.StrValue(""))
	}
	put("mon_grouping", runtime.NewList(nil))
	for _, k := range localeconvSigns {
		put(k, runtime.StrValue(""))
	}
	for _, k := range localeconvNumbers {
		put(k, runtime.Int(charMax))
	}
	put("decimal_point", runtime.StrValue("."))
	put("thousands_sep", runtime.StrValue(""))
	put("grouping", runtime.NewList(nil))
	return d.Value(), nil
}

func locale_nl_langinfo(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	key, err := cInt(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	for _, it := range langinfoItems {
		if it.key == key {
			if it.name == "CODESET" {
				mu.Lock()
				defer mu.Unlock()
				return runtime.StrValue(codeset(current[lcCtype])), nil
			}
			return runtime.StrValue(it.value), nil
		}
	}
	return runtime.Value{}, runtime.NewValueError("unsupported langinfo constant")
}

// locale_strcoll compares by code point, as the C and C.UTF-8 locales
// collate; the result is -1, 0 or 1, as glibc's wcscmp returns.
func locale_strcoll(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	for i := range 2 {
		if err := strArg("strcoll", a[i], i, 2, false); err != nil {
			return runtime.Value{}, err
		}
	}
	x, _ := a[0].TryStr()
	y, _ := a[1].TryStr()
	if err := noNUL(x.S); err != nil {
		return runtime.Value{}, err
	}
	if err := noNUL(y.S); err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(compareCodePoints(x.S, y.S))), nil
}

// compareCodePoints orders strings by code point (UTF-8 byte order is the
// same, except that Krait's strings may hold surrogates, which also sort
// by value in their encoded form).
func compareCodePoints(x, y string) int {
	return strings.Compare(x, y)
}

func locale_strxfrm(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if err := strArg("strxfrm", a[0], 0, 1, false); err != nil {
		return runtime.Value{}, err
	}
	s, _ := a[0].TryStr()
	if err := noNUL(s.S); err != nil {
		return runtime.Value{}, err
	}
	return runtime.StrValue(s.S), nil
}

func locale_getencoding(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	mu.Lock()
	defer mu.Unlock()
	return runtime.StrValue(codeset(current[lcCtype])), nil
}

// This file defines how start-up chooses the Python UTF-8 Mode
// (sys.flags.utf8_mode), as CPython's preconfig does: -X utf8, then
// PYTHONUTF8, then on when the LC_CTYPE locale is "C" or "POSIX".

package main

import (
	"os"
	"strings"
)

// utf8ModeError is the fatal error an invalid -X utf8 or PYTHONUTF8 value
// stops start-up with (CPython's preconfig_init_utf8_mode), or "".
var utf8ModeError string

// utf8Mode returns sys.flags.utf8_mode for the command line c.
func utf8Mode(c *cmdline, ignoreEnv bool) int {
	if v, ok := c.xopt("utf8"); ok {
		switch {
		case v == "0":
			return 0
		case v == "1", v == "" && !lastXoptHasValue(c, "utf8"):
			return 1
		}
		utf8ModeError = "invalid -X utf8 option value"
		return 0
	}
	if !ignoreEnv {
		switch os.Getenv("PYTHONUTF8") {
		case "1":
			return 1
		case "0":
			return 0
		case "":
		default:
			utf8ModeError = "invalid PYTHONUTF8 environment variable value"
			return 0
		}
	}
	if legacyCLocale() {
		return 1
	}
	return 0
}

// legacyCLocale reports whether setlocale(LC_CTYPE, "") leaves the "C"
// locale: the environment names C or POSIX, or a locale glibc does not
// have (Krait, like a minimal glibc install, has only C and C.UTF-8).
func legacyCLocale() bool {
	name := "C"
	for _, v := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
		if s := os.Getenv(v); s != "" {
			name = s
			break
		}
	}
	lang, codeset, ok := strings.Cut(name, ".")
	if !ok || lang != "C" {
		return true
	}
	cs := strings.ToLower(strings.ReplaceAll(codeset, "-", ""))
	return cs != "utf8"
}

// lastXoptHasValue reports whether the last -X option named name was given
// as name=value (even an empty value) rather than as a bare name.
func lastXoptHasValue(c *cmdline, name string) bool {
	has := false
	for _, x := range c.xopts {
		if k, _, eq := strings.Cut(x, "="); k == name {
			has = eq
		}
	}
	return has
}

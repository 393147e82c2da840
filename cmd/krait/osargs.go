// This file defines the decoding of command-line arguments into Python
// strings: CPython decodes them with the file system encoding and the
// surrogateescape handler, so bytes that are not UTF-8 become lone
// surrogates (\udcXX) that os.fsencode turns back into the same bytes.

package main

import (
	"os"
	"unicode/utf8"

	"krait/runtime"
)

// osDecode returns the Python string of an argument's bytes.
func osDecode(s string) string {
	enc := "utf-8"
	if asciiArgs() {
		enc = "ascii"
	} else if utf8.ValidString(s) {
		return s
	}
	d, err := runtime.Decode([]byte(s), enc, "surrogateescape")
	if err != nil {
		return s
	}
	return d
}

// osDecodeAll decodes each argument of args (in a new slice).
func osDecodeAll(args []string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = osDecode(a)
	}
	return out
}

// asciiArgs reports whether arguments decode as ASCII, every byte above
// 127 becoming a surrogate: outside UTF-8 Mode in the C or POSIX locale
// that LC_ALL keeps from being coerced to C.UTF-8 (CPython's
// force-ASCII decoding).
func asciiArgs() bool {
	return runtime.SysConfig.Flags.UTF8Mode == 0 && os.Getenv("LC_ALL") != "" && legacyCLocale()
}

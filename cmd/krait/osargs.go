// This file defines the decoding of command-line arguments into Python
// strings: CPython decodes them with the file system encoding and the
// surrogateescape handler, so bytes that are not UTF-8 become lone
// surrogates (\udcXX) that os.fsencode turns back into the same bytes.

package main

import (
	"unicode/utf8"

	"krait/runtime"
)

// osDecode returns the Python string of an argument's bytes.
func osDecode(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	d, err := runtime.Decode([]byte(s), "utf-8", "surrogateescape")
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

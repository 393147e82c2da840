// This file defines the hooks helper compat8b added between the runtime
// and lower packages: the parser reads sys.get_int_max_str_digits().

package runtime

import "krait/syntax"

func init() {
	syntax.MaxStrDigits = func() int { return intMaxStrDigits }
}

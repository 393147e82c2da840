// This file tells the parser whether \N{NAME} escapes may be decoded.
// CPython decodes them through unicodedata's name-lookup capsule, which it
// imports on first need and keeps: a program that set
// sys.modules['unicodedata'] = None before its first \N escape gets
// "SyntaxError: (unicode error) \N escapes not supported (can't load
// unicodedata module)"; once the capsule loaded, escapes always work.

package runtime

import (
	"sync/atomic"

	"krait/syntax"
)

// ucnhashLoaded records that a \N escape was decoded once, as CPython's
// cached capsule does.
var ucnhashLoaded atomic.Bool

func init() { syntax.NameEscapesAvailable = nameEscapesAvailable }

func nameEscapesAvailable() bool {
	if ucnhashLoaded.Load() {
		return true
	}
	if sysModules != nil {
		if v, ok := sysModules.GetStr(Intern("unicodedata")); ok && v.IsNone() {
			return false
		}
	}
	ucnhashLoaded.Store(true)
	return true
}

// This file defines -X importtime (and PYTHONPROFILEIMPORTTIME): each
// module importlib loads is reported on stderr with the time spent in it
// without and with its own imports, nested as python3 prints it.

package runtime

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

// importTimeOn reports whether -X importtime or PYTHONPROFILEIMPORTTIME
// (unless -E) asked for import times.
var importTimeOn = sync.OnceValue(func() bool {
	for _, x := range SysConfig.XOpts {
		if x == "importtime" || strings.HasPrefix(x, "importtime=") {
			return true
		}
	}
	return SysConfig.Flags.IgnoreEnvironment == 0 && os.Getenv("PYTHONPROFILEIMPORTTIME") != ""
})

// importTimes is the state of the report: whether the header was printed,
// the nesting level, and the time the imports nested in the current one
// took (subtracted from its own time).
var importTimes struct {
	headerDone  bool
	level       int
	accumulated time.Duration
}

// findAndLoadTimed calls importlib's _find_and_load for name and reports
// the time it took, as import.c's import_find_and_load does.
func findAndLoadTimed(key *Str) (Value, *Exception) {
	t := &importTimes
	if !t.headerDone {
		t.headerDone = true
		fmt.Fprintln(os.Stderr, "import time: self [us] | cumulative | imported package")
	}
	saved := t.accumulated
	t.accumulated = 0
	t.level++
	start := time.Now()
	m, err := Call(findAndLoad, []Value{key.Value(), builtinImportFunc}, nil)
	cum := time.Since(start)
	t.level--
	fmt.Fprintf(os.Stderr, "import time: %9d | %10d | %s%s\n", micros(cum-t.accumulated), micros(cum), strings.Repeat("  ", t.level), key.S)
	t.accumulated = saved + cum
	return m, err
}

// micros rounds d up to whole microseconds, as CPython does.
func micros(d time.Duration) int64 { return int64((d + time.Microsecond - 1) / time.Microsecond) }

// This file defines the small struct sequence types of posix:
// terminal_size, times_result and uname_result.

package posix

import "krait/runtime"

var terminalSizeType = runtime.NewStructSeqType(&runtime.StructSeqSpec{
	Name:   "os.terminal_size",
	Doc:    "A tuple of (columns, lines) for holding terminal window size",
	Fields: []string{"columns", "lines"},
	Docs:   []string{"width of the terminal window in characters", "height of the terminal window in characters"},
	NSeq:   2,
})

var timesResultType = runtime.NewStructSeqType(&runtime.StructSeqSpec{
	Name: "posix.times_result",
	Doc: "times_result: Result from os.times().\n\n" +
		"This object may be accessed either as a tuple of\n" +
		"  (user, system, children_user, children_system, elapsed),\n" +
		"or via the attributes user, system, children_user, children_system,\n" +
		"and elapsed.\n\n" +
		"See os.times for more information.",
	Fields: []string{"user", "system", "children_user", "children_system", "elapsed"},
	Docs:   []string{"user time", "system time", "user time of children", "system time of children", "elapsed time since an arbitrary point in the past"},
	NSeq:   5,
})

var unameResultType = runtime.NewStructSeqType(&runtime.StructSeqSpec{
	Name: "posix.uname_result",
	Doc: "uname_result: Result from os.uname().\n\n" +
		"This object may be accessed either as a tuple of\n" +
		"  (sysname, nodename, release, version, machine),\n" +
		"or via the attributes sysname, nodename, release, version, and machine.\n\n" +
		"See os.uname for more information.",
	Fields: []string{"sysname", "nodename", "release", "version", "machine"},
	Docs:   []string{"operating system name", "name of machine on network (implementation-defined)", "operating system release", "operating system version", "hardware identifier"},
	NSeq:   5,
})

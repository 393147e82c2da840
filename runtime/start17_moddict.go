// This file sizes a native module's dict before its functions go in.
//
// A module made from a ModuleDef starts with the five attributes every
// module has, then gets one entry per function and, from its Exec, its
// constants and types: posix, for one, ends with ~350 names. Growing the
// dict one doubling at a time copied its entries six or seven times and
// left every smaller table behind as garbage, which at start-up (no
// collection has run yet) means fresh heap pages touched for nothing
// (~90 KB over the native modules `-c pass` imports).

package runtime

// presizeModuleDict makes room in d for n more entries, with the room
// presizeNamespace leaves (a third spare), so that the entries Exec adds
// after the functions usually fit too.
func presizeModuleDict(d *Dict, n int) {
	if n <= 0 {
		return
	}
	if want := d.used + n; want > d.used+d.usable {
		d.resize(dictSizeFor((want*3 + 1) / 2))
	}
}

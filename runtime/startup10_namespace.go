// This file presizes the namespace of a module or class body before the
// body runs. A namespace starts with a few entries and doubles as the
// body's assignments, imports, defs and class statements fill it, each
// doubling allocating new tables and rehashing every entry: a third of
// all dict resizing during start-up, fresh memory the kernel has to fault
// in and zero (no collection runs then to reuse it).

package runtime

import op "krait/compiler"

// minPresizeStores is the fewest stores for which presizing pays: below it
// the namespace's first table usually holds them.
const minPresizeStores = 6

// presizeNamespace grows ns, if it is an exact dict, to hold the names co
// stores with STORE_NAME (counted per instruction, so a name assigned in
// two branches counts twice: a slight overestimate) beside those it holds.
// Resizing keeps the entries and their order: nothing observable changes
// except the table's size.
func presizeNamespace(co *Code, ns Value) {
	if ns.IsNull() || ns.Type() != DictType {
		return
	}
	n := 0
	co.load() // lazy14_code.go: a class body about to run
	for _, w := range co.c.Instrs {
		if op.Opcode(w) == op.STORE_NAME {
			n++
		}
	}
	if n < minPresizeStores {
		return
	}
	d := ns.AsDict()
	if want := d.used + n; want > d.used+d.usable {
		d.resize(dictSizeFor((want*3 + 1) / 2))
	}
}

// This file builds the codec's constant tables (the fixed Huffman tables,
// the length and distance codes, the static trees) when the first stream
// is made instead of at package initialization: every Krait start-up ran
// that initialization (~0.1 M instructions, 2% of `krait -V`) although
// most programs never compress anything.

package zlib

import "sync"

var tablesOnce sync.Once

// buildTables makes every table inflate and deflate read.
func buildTables() {
	buildTreeTables()  // trees.go
	buildFixedTables() // inflate.go
}

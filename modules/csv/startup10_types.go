// This file creates _csv's types when the module is first imported rather
// than in Go's package initialization, which runs in every Krait process.

package csv

import "sync"

var typesOnce sync.Once

func initTypes() {
	initDialect()
	initReader()
	initWriter()
}

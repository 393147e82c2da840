// This file creates _hashlib's types when the module is first imported
// rather than in Go's package initialization, which runs in every Krait
// process.

package hashlib

import "sync"

var typesOnce sync.Once

func initTypes() {
	initHashTypes()
	initHMACType()
}

// This file reads .pyc files where they are not mapped (see
// lazy14_pycmap_linux.go): the lazy code objects keep the bytes read.

//go:build !linux

package runtime

import "krait/internal/nopoll"

// pycFile is nothing here: the data read is ordinary Go memory.
type pycFile struct{}

// readPycData returns the contents of the file at path.
func readPycData(path string) (*pycFile, []byte, error) {
	data, err := nopoll.ReadFile(path)
	return nil, data, err
}

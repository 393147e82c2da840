package runtime

import crand "crypto/rand"

// ReadRandom fills b from the operating system's random source, for
// os.urandom, os.getrandom and random's seeding. crypto/rand arms a
// timer on its first read (a warning should getrandom block), and Go's
// first timer creates the netpoller's descriptors at the lowest free
// numbers (3 and 4 after `import tempfile`); placing them first keeps
// them out of the program's way (mem12_netpoll.go).
func ReadRandom(b []byte) error {
	EnsureNetpoll()
	_, err := crand.Read(b)
	return err
}

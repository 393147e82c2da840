// This file defines the runtime settings of the compiled-code cache that
// the command line sets.

package runtime

// CheckHashBasedPycs is _imp.check_hash_based_pycs, set by python3's
// --check-hash-based-pycs option: "default", "always" or "never".
var CheckHashBasedPycs = "default"

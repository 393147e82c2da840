// This file defines the exported helpers the types branch's modules
// (modules/codecs) need from the runtime's internals.

package runtime

// HeaderOf returns the object header of an instance of t, for native
// types whose Go structs start with a Header.
func HeaderOf(t *Type) Header { return Header{t} }

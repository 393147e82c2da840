// This file exports float's repr as an appender for encoders that write
// into their own buffer (json.dumps of a list of floats): repr(x) as a str
// object costs an allocation per number that the caller copies at once.

package runtime

// AppendFloatRepr appends repr(f), float.__repr__'s text, to b.
func AppendFloatRepr(b []byte, f float64) []byte {
	return appendFloat(b, f, 'r', 0, dtsAddDot0)
}

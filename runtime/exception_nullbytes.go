// This file defines the error compile(), exec() and eval() raise for source
// text containing a NUL character.

package runtime

// nullBytesErrorType is the class of that error. CPython 3.11.2 (whose
// standard library and test suite Krait runs) raised ValueError there;
// 3.11.4 and later raise SyntaxError with the same message. A class named
// SyntaxError with both bases keeps programs written against either release
// working: `except ValueError` and `except SyntaxError` both catch it, and
// the traceback reads as 3.11.7's does.
var nullBytesErrorType = excType2("SyntaxError", SyntaxErrorType, ValueErrorType)

// NewNullBytesError returns the error for source text with a NUL in it.
func NewNullBytesError() *Exception {
	return NewExceptionMsg(nullBytesErrorType, "source code string cannot contain null bytes")
}

// This file defines the error values the math core returns in place of Python exceptions.

// Package math holds the computational core of CPython 3.11's math module, as plain Go
// functions over float64 and *big.Int. A later binding wraps each function one-to-one and
// turns an *Error into the Python exception it names.
//
// Functions that CPython delegates to the C library go through libm.go: most come from
// the runtime's glibc-matching implementations, a few still from Go's math package.
package math

// Error is a Python exception to be raised: Kind is the exception class name
// ("ValueError", "OverflowError", "ZeroDivisionError", "TypeError") and Msg its message.
type Error struct {
	Kind string
	Msg  string
}

// Error formats the error as Python prints the last line of a traceback.
func (e *Error) Error() string { return e.Kind + ": " + e.Msg }

var (
	errDomain = &Error{"ValueError", "math domain error"}
	errRange  = &Error{"OverflowError", "math range error"}
)

// errno mirrors the C errno values CPython's math functions use to report failures.
type errno int

const (
	errOK errno = iota
	errEDOM
	errERANGE
)

// checkErrno turns a result and the errno its computation set into CPython's exception,
// following is_error in mathmodule.c: an ERANGE with a small result is an underflow and
// no error.
func checkErrno(r float64, e errno) (float64, *Error) {
	switch e {
	case errEDOM:
		return 0, errDomain
	case errERANGE:
		if r < 1.5 && r > -1.5 {
			return r, nil
		}
		return 0, errRange
	}
	return r, nil
}

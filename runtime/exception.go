// This file defines Exception, the object of BaseException and all its
// subclasses, the builtin exception hierarchy, and the constructors the
// rest of the runtime uses to raise (NewTypeError, NewValueError, ...).

package runtime

import (
	"fmt"
)

// Exception is an instance of BaseException or a subclass (builtin or
// defined in Python). Go functions raise by returning a *Exception; nil
// means success (DESIGN.md §6).
type Exception struct {
	Header
	Attrs                      // instance attributes (BaseException instances have a __dict__)
	Args            *Tuple     // e.args
	Traceback       *Traceback // e.__traceback__, built while unwinding
	Cause           *Exception // e.__cause__ (raise ... from ...)
	Context         *Exception // e.__context__ (the exception being handled when raised)
	SuppressContext bool       // e.__suppress_context__
	// chained records that implicit chaining (__context__) was applied
	// when it was raised, so that propagating it through callers does not
	// chain it again (CPython chains once, in _PyErr_SetObject).
	chained bool
	extra   []Value // per-class fields: StopIteration.value, OSError.errno, ...
}

var strDunderNotes = Intern("__notes__")

// NoteValues returns the notes add_note recorded: the items of the
// __notes__ attribute, which lives in the instance dict as in CPython.
func (e *Exception) NoteValues() []Value {
	v, ok := e.Attrs.get(strDunderNotes)
	if !ok {
		return nil
	}
	if l, ok := v.TryList(); ok {
		return l.items
	}
	if t, ok := v.TryTuple(); ok {
		return t.items
	}
	return nil
}

// AddNote is e.add_note(note): appends to __notes__, creating the list.
func (e *Exception) AddNote(note Value) *Exception {
	if _, ok := note.TryStr(); !ok {
		return NewTypeError("note must be a str, not '%s'", note.Type().Name)
	}
	v, ok := e.Attrs.get(strDunderNotes)
	if !ok {
		e.Attrs.set(nil, strDunderNotes, NewList([]Value{note}))
		return nil
	}
	l, ok := v.TryList()
	if !ok {
		return NewTypeError("Cannot add note: __notes__ is not a list")
	}
	l.items = append(l.items, note)
	return nil
}

// copyNotes gives e a copy of from's __notes__, as BaseExceptionGroup.split does.
// Notes that are not a sequence are not copied.
func (e *Exception) copyNotes(from *Exception) {
	if v, ok := from.Attrs.get(strDunderNotes); ok {
		if !isSequenceLike(v) {
			return
		}
		items, err := collectIter(v)
		if err != nil {
			return
		}
		e.Attrs.set(nil, strDunderNotes, NewList(items))
	}
}

// isSequenceLike is PySequence_Check: a type with __getitem__ that is not
// a mapping.
func isSequenceLike(v Value) bool {
	if _, ok := v.TryList(); ok {
		return true
	}
	if _, ok := v.TryTuple(); ok {
		return true
	}
	t := v.Type()
	if t.Flags&FlagDictSubclass != 0 {
		return false
	}
	return !t.Lookup(strGetItem).IsNull()
}

// Traceback is a traceback object: one entry per frame the exception
// unwound through, innermost last (tb_next goes towards the raise point).
type Traceback struct {
	Header
	Next   *Traceback
	Frame  *Frame // the frame (materialized lazily by the interpreter)
	Lasti  int    // instruction index in Frame's code
	Lineno int
	given  int // 1 + the tb_lasti given to TracebackType(), or 0
	// lineLazy says Lineno is still to be computed from Lasti (Line).
	lineLazy bool
}

// Value returns e as a Value.
func (e *Exception) Value() Value { return ValueOf(e) }

// Error makes *Exception usable as a Go error for embedders and tests: the
// last line of the traceback Python would print.
func (e *Exception) Error() string {
	msg := exceptionStr(e)
	if msg == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + msg
}

// Type returns e's class.
func (e *Exception) Type() *Type { return e.typ }

// Matches reports whether e is an instance of t (except t:).
func (e *Exception) Matches(t *Type) bool { return e.typ.IsSubtype(t) }

// exceptionStr returns str(e) as BaseException.__str__ does for the common
// case (no Python override): ” for no args, str(arg) for one, repr(args)
// otherwise. KeyError reprs its single argument.
func exceptionStr(e *Exception) string {
	if e.Args == nil || len(e.Args.items) == 0 {
		return ""
	}
	if len(e.Args.items) == 1 {
		a := e.Args.items[0]
		if e.typ.IsSubtype(KeyErrorType) {
			if s, err := Repr(a); err == nil {
				return s.S
			}
		}
		if s, err := StrOf(a); err == nil {
			return s.S
		}
		return "<exception str() failed>"
	}
	if s, err := Repr(e.Args.Value()); err == nil {
		return s.S
	}
	return "<exception str() failed>"
}

// NewException returns an instance of the exception class t with args.
func NewException(t *Type, args ...Value) *Exception {
	e := &Exception{Header: Header{t}, Args: NewTuple(args)}
	return e
}

// NewExceptionMsg returns an instance of t with the single argument msg.
func NewExceptionMsg(t *Type, msg string) *Exception {
	return NewException(t, StrValue(msg))
}

func newExcf(t *Type, format string, args []any) *Exception {
	if len(args) == 0 {
		return NewExceptionMsg(t, format)
	}
	return NewExceptionMsg(t, fmt.Sprintf(format, args...))
}

// NewTypeError returns a TypeError with the message fmt.Sprintf(format, args...).
// All NewXxxError constructors follow this pattern; with no args, format is
// the message itself (no % processing).
func NewTypeError(format string, args ...any) *Exception {
	return newExcf(TypeErrorType, format, args)
}

// NewValueError returns a ValueError (see NewTypeError).
func NewValueError(format string, args ...any) *Exception {
	return newExcf(ValueErrorType, format, args)
}

// NewAttributeError returns an AttributeError (see NewTypeError).
func NewAttributeError(format string, args ...any) *Exception {
	return newExcf(AttributeErrorType, format, args)
}

// NewIndexError returns an IndexError (see NewTypeError).
func NewIndexError(format string, args ...any) *Exception {
	return newExcf(IndexErrorType, format, args)
}

// NewKeyError returns a KeyError whose argument is key.
func NewKeyError(key Value) *Exception { return NewException(KeyErrorType, key) }

// NewNameError returns a NameError (see NewTypeError).
func NewNameError(format string, args ...any) *Exception {
	return newExcf(NameErrorType, format, args)
}

// NewOverflowError returns an OverflowError (see NewTypeError).
func NewOverflowError(format string, args ...any) *Exception {
	return newExcf(OverflowErrorType, format, args)
}

// NewZeroDivisionError returns a ZeroDivisionError (see NewTypeError).
func NewZeroDivisionError(format string, args ...any) *Exception {
	return newExcf(ZeroDivisionErrorType, format, args)
}

// NewRuntimeError returns a RuntimeError (see NewTypeError).
func NewRuntimeError(format string, args ...any) *Exception {
	return newExcf(RuntimeErrorType, format, args)
}

// NewSystemError returns a SystemError (see NewTypeError).
func NewSystemError(format string, args ...any) *Exception {
	return newExcf(SystemErrorType, format, args)
}

// NewNotImplementedError returns a NotImplementedError (see NewTypeError).
func NewNotImplementedError(format string, args ...any) *Exception {
	return newExcf(NotImplementedErrorType, format, args)
}

// NewRecursionError returns a RecursionError (see NewTypeError).
func NewRecursionError(format string, args ...any) *Exception {
	return newExcf(RecursionErrorType, format, args)
}

// NewStopIteration returns StopIteration(value), or StopIteration() when
// value is null.
func NewStopIteration(value Value) *Exception {
	if value.IsNull() {
		return NewException(StopIterationType)
	}
	return NewException(StopIterationType, value)
}

// fromPyErr converts an error of the wave-1 pure algorithms into an exception.
func fromPyErr(e *pyErr) *Exception {
	t := exceptionTypeByName[e.Kind]
	if t == nil {
		t = SystemErrorType
	}
	if t == KeyErrorType && len(e.Msg) >= 2 && e.Msg[0] == '\'' && e.Msg[len(e.Msg)-1] == '\'' {
		return NewKeyError(StrValue(e.Msg[1 : len(e.Msg)-1]))
	}
	return NewExceptionMsg(t, e.Msg)
}

// The builtin exception classes the Go code raises by name.
var (
	BaseExceptionType       = newBuiltinType("BaseException", ObjectType, FlagBaseType|FlagExceptionSubclass)
	ExceptionType           = excType("Exception", BaseExceptionType)
	ArithmeticErrorType     = excType("ArithmeticError", ExceptionType)
	OverflowErrorType       = excType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType   = excType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType      = excType("AssertionError", ExceptionType)
	AttributeErrorType      = excType("AttributeError", ExceptionType)
	ImportErrorType         = excType("ImportError", ExceptionType)
	LookupErrorType         = excType("LookupError", ExceptionType)
	IndexErrorType          = excType("IndexError", LookupErrorType)
	KeyErrorType            = excType("KeyError", LookupErrorType)
	NameErrorType           = excType("NameError", ExceptionType)
	UnboundLocalErrorType   = excType("UnboundLocalError", NameErrorType)
	OSErrorType             = excType("OSError", ExceptionType)
	RuntimeErrorType        = excType("RuntimeError", ExceptionType)
	NotImplementedErrorType = excType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType      = excType("RecursionError", RuntimeErrorType)
	StopIterationType       = excType("StopIteration", ExceptionType)
	SyntaxErrorType         = excType("SyntaxError", ExceptionType)
	SystemErrorType         = excType("SystemError", ExceptionType)
	TypeErrorType           = excType("TypeError", ExceptionType)
	ValueErrorType          = excType("ValueError", ExceptionType)
	UnicodeErrorType        = excType("UnicodeError", ValueErrorType)
	GeneratorExitType       = excType("GeneratorExit", BaseExceptionType)
	KeyboardInterruptType   = excType("KeyboardInterrupt", BaseExceptionType)
	SystemExitType          = excType("SystemExit", BaseExceptionType)
	WarningType             = excType("Warning", ExceptionType)
)

// excType declares a builtin exception class.
func excType(name string, base *Type) *Type {
	return newBuiltinType(name, base, FlagBaseType|FlagExceptionSubclass)
}

// otherExceptions lists the builtin exception classes Go code does not
// raise by name, as (name, base name), in base-first order.
var otherExceptions = [][2]string{
	{"FloatingPointError", "ArithmeticError"}, {"BufferError", "Exception"}, {"EOFError", "Exception"},
	{"ModuleNotFoundError", "ImportError"}, {"MemoryError", "Exception"},
	{"BlockingIOError", "OSError"}, {"ChildProcessError", "OSError"}, {"ConnectionError", "OSError"},
	{"BrokenPipeError", "ConnectionError"}, {"ConnectionAbortedError", "ConnectionError"},
	{"ConnectionRefusedError", "ConnectionError"}, {"ConnectionResetError", "ConnectionError"},
	{"FileExistsError", "OSError"}, {"FileNotFoundError", "OSError"}, {"InterruptedError", "OSError"},
	{"IsADirectoryError", "OSError"}, {"NotADirectoryError", "OSError"}, {"PermissionError", "OSError"},
	{"ProcessLookupError", "OSError"}, {"TimeoutError", "OSError"}, {"ReferenceError", "Exception"},
	{"StopAsyncIteration", "Exception"}, {"IndentationError", "SyntaxError"}, {"TabError", "IndentationError"},
	{"UnicodeDecodeError", "UnicodeError"}, {"UnicodeEncodeError", "UnicodeError"},
	{"UnicodeTranslateError", "UnicodeError"},
	{"BytesWarning", "Warning"}, {"DeprecationWarning", "Warning"}, {"EncodingWarning", "Warning"},
	{"FutureWarning", "Warning"}, {"ImportWarning", "Warning"}, {"PendingDeprecationWarning", "Warning"},
	{"ResourceWarning", "Warning"}, {"RuntimeWarning", "Warning"}, {"SyntaxWarning", "Warning"},
	{"UnicodeWarning", "Warning"}, {"UserWarning", "Warning"},
}

// exceptionTypeByName maps every builtin exception class name to its class.
var exceptionTypeByName = map[string]*Type{}

// exceptionTypes returns every builtin exception class, base first, and
// fills exceptionTypeByName.
func exceptionTypes() []*Type {
	ts := []*Type{BaseExceptionType, ExceptionType, ArithmeticErrorType, OverflowErrorType,
		ZeroDivisionErrorType, AssertionErrorType, AttributeErrorType, ImportErrorType,
		LookupErrorType, IndexErrorType, KeyErrorType, NameErrorType, UnboundLocalErrorType,
		OSErrorType, RuntimeErrorType, NotImplementedErrorType, RecursionErrorType,
		StopIterationType, SyntaxErrorType, SystemErrorType, TypeErrorType, ValueErrorType,
		UnicodeErrorType, GeneratorExitType, KeyboardInterruptType, SystemExitType, WarningType}
	for _, t := range ts {
		exceptionTypeByName[t.Name] = t
	}
	for _, nb := range otherExceptions {
		t := excType(nb[0], exceptionTypeByName[nb[1]])
		exceptionTypeByName[t.Name] = t
		ts = append(ts, t)
	}
	for _, t := range ts {
		t.InstAttrs = exceptionAttrs
	}
	setupUnicodeErrors()
	return ts
}

// exceptionAttrs is the InstAttrs slot of exception classes.
func exceptionAttrs(v Value) *Attrs { return &v.AsException().Attrs }

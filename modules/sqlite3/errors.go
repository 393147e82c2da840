// This file defines the DB-API exception hierarchy of sqlite3 and the
// translation of an SQLite result code into the matching exception, with
// the sqlite_errorcode and sqlite_errorname attributes CPython sets.
package sqlite3mod

import (
	"fmt"

	"modernc.org/libc"
	sqlite "modernc.org/sqlite/lib"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// The exception classes, created when the module is first imported.
var (
	WarningType, ErrorType, InterfaceErrorType, DatabaseErrorType *runtime.Type
	InternalErrorType, OperationalErrorType, ProgrammingErrorType *runtime.Type
	IntegrityErrorType, DataErrorType, NotSupportedErrorType      *runtime.Type
	exceptionOrder                                                []*runtime.Type
)

func newErrorClass(name string, base *runtime.Type) *runtime.Type {
	return runtime.NewExceptionClass("sqlite3", name, "", base)
}

func initErrors() {
	WarningType = newErrorClass("Warning", runtime.ExceptionTypeByName("Exception"))
	ErrorType = newErrorClass("Error", runtime.ExceptionTypeByName("Exception"))
	InterfaceErrorType = newErrorClass("InterfaceError", ErrorType)
	DatabaseErrorType = newErrorClass("DatabaseError", ErrorType)
	InternalErrorType = newErrorClass("InternalError", DatabaseErrorType)
	OperationalErrorType = newErrorClass("OperationalError", DatabaseErrorType)
	ProgrammingErrorType = newErrorClass("ProgrammingError", DatabaseErrorType)
	IntegrityErrorType = newErrorClass("IntegrityError", DatabaseErrorType)
	DataErrorType = newErrorClass("DataError", DatabaseErrorType)
	NotSupportedErrorType = newErrorClass("NotSupportedError", DatabaseErrorType)
	exceptionOrder = []*runtime.Type{WarningType, ErrorType, InterfaceErrorType, DatabaseErrorType,
		InternalErrorType, OperationalErrorType, ProgrammingErrorType, IntegrityErrorType, DataErrorType,
		NotSupportedErrorType}
}

// newError makes an exception of class t with a formatted message.
func newError(t *runtime.Type, format string, args ...any) *exc {
	return runtime.NewExceptionMsg(t, fmt.Sprintf(format, args...))
}

// programmingError is the most common error of misuse.
func programmingError(format string, args ...any) *exc {
	return newError(ProgrammingErrorType, format, args...)
}

// errorName returns the symbolic name of a result code, as
// sqlite_errorname reports it ("" when unknown).
func errorName(code int32) string {
	for _, e := range errorCodes {
		if e.code == code {
			return e.name
		}
	}
	return ""
}

// classForCode picks the exception class of a primary result code, as
// CPython's _pysqlite_seterror does.
func classForCode(code int32) *runtime.Type {
	switch code & 0xff {
	case sqlite.SQLITE_INTERNAL, sqlite.SQLITE_NOTFOUND:
		return InternalErrorType
	case sqlite.SQLITE_NOMEM:
		return nil
	case sqlite.SQLITE_ERROR, sqlite.SQLITE_PERM, sqlite.SQLITE_ABORT, sqlite.SQLITE_BUSY,
		sqlite.SQLITE_LOCKED, sqlite.SQLITE_READONLY, sqlite.SQLITE_INTERRUPT, sqlite.SQLITE_IOERR,
		sqlite.SQLITE_FULL, sqlite.SQLITE_CANTOPEN, sqlite.SQLITE_PROTOCOL, sqlite.SQLITE_EMPTY,
		sqlite.SQLITE_SCHEMA:
		return OperationalErrorType
	case sqlite.SQLITE_CORRUPT:
		return DatabaseErrorType
	case sqlite.SQLITE_TOOBIG:
		return DataErrorType
	case sqlite.SQLITE_CONSTRAINT, sqlite.SQLITE_MISMATCH:
		return IntegrityErrorType
	case sqlite.SQLITE_MISUSE, sqlite.SQLITE_RANGE:
		return InterfaceErrorType
	}
	return DatabaseErrorType
}

// dbError builds the exception for the last error on db: its class from
// the result code, its message from sqlite3_errmsg.
func dbError(tls *libc.TLS, db uintptr) *exc {
	code := sqlite.Xsqlite3_extended_errcode(tls, db)
	return codeError(code, gostring(sqlite.Xsqlite3_errmsg(tls, db)))
}

// codeError builds the exception for result code with message msg.
func codeError(code int32, msg string) *exc {
	t := classForCode(code)
	if t == nil {
		return runtime.NewException(runtime.ExceptionTypeByName("MemoryError"))
	}
	e := runtime.NewExceptionMsg(t, msg)
	ev := e.Value()
	runtime.SetAttr(ev, runtime.Intern("sqlite_errorcode"), runtime.Int(int64(code)))
	name := runtime.None
	if n := errorName(code); n != "" {
		name = runtime.StrValue(n)
	}
	runtime.SetAttr(ev, runtime.Intern("sqlite_errorname"), name)
	return e
}

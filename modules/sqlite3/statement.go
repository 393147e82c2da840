// This file defines prepared statements (CPython's pysqlite_Statement):
// compiling one SQL statement, binding parameters with the DB-API
// semantics, and the connection's cache of compiled statements.
package sqlite3mod

import (
	"strings"
	"sync"
	"unicode/utf8"

	"modernc.org/libc"
	sqlite "modernc.org/sqlite/lib"

	"krait/runtime"
)

// statement is one compiled SQL statement of a connection.
type statement struct {
	h      *dbHandle
	st     uintptr // sqlite3_stmt*, 0 once finalized
	sql    string
	isDML  bool
	inUse  bool   // stepped since the last reset
	cached bool   // held by the connection's statement cache
	slow   bool   // the last step took long enough to release the GIL for the next
	gen    uint64 // counts resets: tells a run of the statement from later ones
}

// newStatement compiles sql on c, as pysqlite_statement_create.
func newStatement(c *connection, sql *runtime.Str) (*statement, *exc) {
	h := c.h
	tls := h.tls
	if limit := sqlite.Xsqlite3_limit(tls, h.db, sqlite.SQLITE_LIMIT_SQL_LENGTH, -1); len(sql.S) > int(limit) {
		return nil, newError(DataErrorType, "query string is too large")
	}
	if strings.IndexByte(sql.S, 0) >= 0 {
		return nil, programmingError("the query contains a null character")
	}
	if err := checkUTF8(sql); err != nil {
		return nil, err
	}
	csql := cstring(tls, sql.S)
	defer cfree(tls, csql)
	out := cmalloc(tls, 16)
	defer cfree(tls, out)
	rc := sqlite.Xsqlite3_prepare_v2(tls, h.db, csql, int32(len(sql.S)+1), out, out+8)
	if rc != sqlite.SQLITE_OK {
		return nil, dbError(tls, h.db)
	}
	st := readPtr(out)
	tail := gostring(readPtr(out + 8))
	if st != 0 && !onlyCommentsLeft(tail) {
		sqlite.Xsqlite3_finalize(tls, st)
		return nil, programmingError("You can only execute one statement at a time.")
	}
	s := &statement{h: h, st: st, sql: sql.S, isDML: isDML(sql.S)}
	h.stmts[s] = struct{}{}
	return s, nil
}

// checkUTF8 raises the UnicodeEncodeError of a str holding surrogates.
func checkUTF8(s *runtime.Str) *exc {
	if utf8.ValidString(s.S) {
		return nil
	}
	_, err := runtime.EncodeStr(s, "utf-8", "strict")
	return err
}

// onlyCommentsLeft reports whether the text after a statement holds only
// white space, semicolons and comments.
func onlyCommentsLeft(s string) bool {
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == ';':
			i++
		case strings.HasPrefix(s[i:], "--"):
			j := strings.IndexByte(s[i:], '\n')
			if j < 0 {
				return true
			}
			i += j + 1
		case strings.HasPrefix(s[i:], "/*"):
			j := strings.Index(s[i+2:], "*/")
			if j < 0 {
				return true
			}
			i += j + 4
		default:
			return false
		}
	}
	return true
}

// isDML reports whether sql starts (after white space and comments) with
// INSERT, UPDATE, DELETE or REPLACE: the statements before which 3.11
// opens a transaction implicitly.
func isDML(sql string) bool {
	s := sql
	for {
		t := strings.TrimLeft(s, " \t\n\r\f")
		switch {
		case strings.HasPrefix(t, "--"):
			j := strings.IndexByte(t, '\n')
			if j < 0 {
				return false
			}
			s = t[j+1:]
			continue
		case strings.HasPrefix(t, "/*"):
			j := strings.Index(t[2:], "*/")
			if j < 0 {
				return false
			}
			s = t[j+4:]
			continue
		}
		for _, kw := range []string{"insert", "update", "delete", "replace"} {
			if len(t) >= len(kw) && strings.EqualFold(t[:len(kw)], kw) {
				return true
			}
		}
		return false
	}
}

// reset resets the statement so it can run again.
func (s *statement) reset() {
	if s.st != 0 && s.inUse {
		sqlite.Xsqlite3_reset(s.h.tls, s.st)
	}
	s.inUse = false
	s.gen++
}

// finalize releases the compiled statement.
func (s *statement) finalize() {
	if s.st != 0 {
		sqlite.Xsqlite3_finalize(s.h.tls, s.st)
		s.st = 0
	}
	delete(s.h.stmts, s)
}

// bindParameters binds params (a sequence or a mapping) to the statement,
// as pysqlite_statement_bind_parameters.
func (s *statement) bindParameters(params value) *exc {
	tls := s.h.tls
	needed := int(sqlite.Xsqlite3_bind_parameter_count(tls, s.st))
	t := params.Type()
	_, isTuple := params.TryTuple()
	_, isList := params.TryList()
	_, isDict := params.TryDict()
	if (isTuple && t == runtime.TupleType) || (isList && t == runtime.ListType) || (!isDict && isSequence(params)) {
		n, err := runtime.Len(params)
		if err != nil {
			return err
		}
		if n != needed {
			return programmingError("Incorrect number of bindings supplied. The current statement uses %d, and there are %d supplied.", needed, n)
		}
		for i := 1; i <= needed; i++ {
			item, err := runtime.GetItem(params, runtime.Int(int64(i-1)))
			if err != nil {
				return err
			}
			if err := s.bindOne(i, item); err != nil {
				return err
			}
		}
		return nil
	}
	if isDict {
		for i := 1; i <= needed; i++ {
			name := gostring(sqlite.Xsqlite3_bind_parameter_name(tls, s.st, int32(i)))
			if name == "" {
				return programmingError("Binding %d has no name, but you supplied a dictionary (which has only names).", i)
			}
			name = name[1:]
			item, err := runtime.GetItem(params, runtime.StrValue(name))
			if err != nil {
				if err.Matches(runtime.ExceptionTypeByName("KeyError")) {
					return programmingError("You did not supply a value for binding parameter :%s.", name)
				}
				return err
			}
			if err := s.bindOne(i, item); err != nil {
				return err
			}
		}
		return nil
	}
	return programmingError("parameters are of unsupported type")
}

// isSequence is PySequence_Check: the type has __getitem__ and is not a dict.
func isSequence(v value) bool {
	if _, ok := v.TryDict(); ok {
		return false
	}
	return v.Type().GetItem != nil
}

// bindOne adapts param if needed and binds it at index i (1-based).
func (s *statement) bindOne(i int, param value) *exc {
	if needAdapt(param) {
		a, err := adapt(param, state.PrepareProtocolType.Value(), param)
		if err != nil {
			return err
		}
		param = a
	}
	ok, err := bindValue(s.h.tls, s.st, i, param)
	if err == nil && !ok {
		err = programmingError("Error binding parameter %d: type '%s' is not supported", i, param.Type().Name)
	}
	if err != nil && i == 1 {
		return s.bindFailure(err)
	}
	return err
}

// bindFailure is what a failed bind of the first parameter raises. As
// CPython does, it reports the connection's error state first: when an
// earlier call left one (no bind or step has cleared it since: SQLite
// 3.40, which CPython 3.11 ships with, clears it on every bind), that
// error is raised with err as its __context__.
func (s *statement) bindFailure(err *exc) *exc {
	tls := s.h.tls
	db := sqlite.Xsqlite3_db_handle(tls, s.st)
	if sqlite.Xsqlite3_errcode(tls, db) == sqlite.SQLITE_OK {
		return err
	}
	e := dbError(tls, db)
	runtime.SetAttr(e.Value(), runtime.Intern("__context__"), err.Value())
	return e
}

// needAdapt reports whether param goes through adapt() before binding:
// everything but exact int, float, str and bytearray, unless one of those
// has an adapter.
func needAdapt(v value) bool {
	if state.baseTypeAdapted {
		return true
	}
	switch v.Type() {
	case runtime.IntType, runtime.FloatType, runtime.StrType, runtime.ByteArrayType:
		return false
	}
	return true
}

// bindValue binds one Python value; ok is false for an unsupported type.
func bindValue(tls *libc.TLS, st uintptr, i int, v value) (ok bool, err *exc) {
	var rc int32
	idx := int32(i)
	switch {
	case v.IsNone():
		rc = sqlite.Xsqlite3_bind_null(tls, st, idx)
	case runtime.IsInstance(v, runtime.IntType):
		n, err := int64Of(v)
		if err != nil {
			return false, err
		}
		rc = sqlite.Xsqlite3_bind_int64(tls, st, idx, n)
	case runtime.IsInstance(v, runtime.FloatType):
		f, _ := runtime.FloatValueOf(v)
		rc = sqlite.Xsqlite3_bind_double(tls, st, idx, f)
	case runtime.IsInstance(v, runtime.StrType):
		s, _ := runtime.StrOf(v)
		if err := checkUTF8(s); err != nil {
			return false, err
		}
		p := cbytes(tls, []byte(s.S))
		rc = sqlite.Xsqlite3_bind_text(tls, st, idx, p, int32(len(s.S)), sqlite.SQLITE_TRANSIENT)
		cfree(tls, p)
	default:
		b, isBuf := runtime.BufferBytes(v)
		if !isBuf {
			return false, nil
		}
		if !runtime.BufferIsCContiguous(v) {
			return false, runtime.NewException(runtime.ExceptionTypeByName("BufferError"), runtime.StrValue("underlying buffer is not C-contiguous"))
		}
		p := cbytes(tls, b)
		rc = sqlite.Xsqlite3_bind_blob(tls, st, idx, p, int32(len(b)), sqlite.SQLITE_TRANSIENT)
		cfree(tls, p)
	}
	if rc != sqlite.SQLITE_OK {
		return false, nil
	}
	return true, nil
}

// int64Of converts an int to SQLite's 64-bit INTEGER.
func int64Of(v value) (int64, *exc) {
	small, big, ok := runtime.IntParts(v)
	if !ok {
		b, _ := runtime.IndexInt(v, "")
		return b, nil
	}
	if big != nil {
		if !big.IsInt64() {
			return 0, runtime.NewOverflowError("Python int too large to convert to SQLite INTEGER")
		}
		return big.Int64(), nil
	}
	return small, nil
}

// touch moves key to the most recently used end of the order.
func (sc *stmtCache) touch(key string) {
	for i, k := range sc.order {
		if k == key {
			copy(sc.order[i:], sc.order[i+1:])
			sc.order[len(sc.order)-1] = key
			return
		}
	}
}

// stmtCache is the connection's LRU cache of compiled statements by SQL
// text, holding at most cached_statements entries as CPython's does.
type stmtCache struct {
	max   int
	m     map[string]*statement
	order []string
}

func newStmtCache(max int) *stmtCache { return &stmtCache{max: max, m: map[string]*statement{}} }

// get returns the cached statement for sql, compiling it on a miss.
func (sc *stmtCache) get(c *connection, sql *runtime.Str) (*statement, *exc) {
	if s, ok := sc.m[sql.S]; ok {
		sc.touch(sql.S)
		return s, nil
	}
	s, err := newStatement(c, sql)
	if err != nil || sc.max <= 0 {
		return s, err
	}
	if len(sc.order) >= sc.max {
		old := sc.order[0]
		sc.order = sc.order[1:]
		if o := sc.m[old]; o != nil {
			o.cached = false
			if !o.inUse {
				o.finalize()
			}
		}
		delete(sc.m, old)
	}
	s.cached = true
	sc.m[sql.S] = s
	sc.order = append(sc.order, sql.S)
	return s, nil
}

// stmtObject is the sqlite3.Statement that calling a connection returns
// (CPython exposes its compiled statements that way).
type stmtObject struct {
	runtime.Header
	s *statement
}

var stmtType = sync.OnceValue(func() *runtime.Type {
	return runtime.NewNativeType(&runtime.TypeSpec{Name: "sqlite3.Statement"}, nil)
})

// connection_call is Connection.__call__(sql): compile sql.
func connection_call(self value, args []value, kwnames []*runtime.Str) (value, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	if len(kwnames) > 0 {
		return runtime.None, runtime.NewTypeError("sqlite3.Connection() takes no keyword arguments")
	}
	if len(args) != 1 {
		return runtime.None, runtime.NewTypeError("function takes exactly 1 argument (%d given)", len(args))
	}
	sql, ok := args[0].TryStr()
	if !ok {
		return runtime.None, runtime.NewTypeError("argument 1 must be str, not %s", runtime.ArgTypeName(args[0]))
	}
	s, err := newStatement(c, sql)
	if err != nil {
		return runtime.None, err
	}
	return runtime.ValueOf(&stmtObject{Header: runtime.HeaderFor(stmtType()), s: s}), nil
}

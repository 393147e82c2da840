// This file defines sqlite3.Cursor: execute, executemany and executescript
// with 3.11's transaction handling, fetching rows with converters,
// text_factory and row_factory, and the DB-API attributes.
package sqlite3mod

import (
	"strings"
	"unicode/utf8"

	sqlite "modernc.org/sqlite/lib"

	"krait/runtime"
)

// cursor is a sqlite3.Cursor.
type cursor struct {
	runtime.Header
	attrs *runtime.Attrs

	conn        *connection
	connVal     value
	initialized bool
	closed      bool
	locked      bool
	stmt        *statement // the statement with rows pending, or nil
	description value
	rowcount    int64
	lastrowid   value
	arraysize   int64
	rowFactory  value
	converters  []value // per column: a converter or the null Value
}

func cursorOf(v value) *cursor { return runtime.PtrOf[cursor](v) }

func cursor_new(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
	c := &cursor{Header: runtime.HeaderFor(t), description: runtime.None, rowcount: -1, lastrowid: runtime.None,
		arraysize: 1, rowFactory: runtime.None, connVal: runtime.None}
	if t != state.CursorType {
		c.attrs = &runtime.Attrs{}
	}
	return runtime.ValueOf(c), nil
}

var cursorInitMethod = &runtime.Method{Name: "Cursor", Sig: "connection, /"}

func cursor_init(self value, args []value, kwnames []*runtime.Str) *exc {
	a, err := runtime.BindArgs(cursorInitMethod, args, kwnames, nil)
	if err != nil {
		return err
	}
	conn, ok := asConnection(a[0])
	if !ok {
		return runtime.NewTypeError("Cursor() argument 1 must be sqlite3.Connection, not %s", runtime.ArgTypeName(a[0]))
	}
	c := cursorOf(self)
	if c.locked {
		return programmingError("Recursive use of cursors not allowed.")
	}
	c.conn = conn
	c.connVal = a[0]
	c.description = runtime.None
	c.rowcount = -1
	c.lastrowid = runtime.None
	c.arraysize = 1
	c.rowFactory = runtime.None
	c.closed = false
	c.initialized = true
	return nil
}

// check is check_cursor: initialized, open, not in use, right thread, open
// connection.
func (c *cursor) check() *exc {
	if !c.initialized {
		return programmingError("Base Cursor.__init__ not called.")
	}
	if c.closed {
		return programmingError("Cannot operate on a closed cursor.")
	}
	if c.locked {
		return programmingError("Recursive use of cursors not allowed.")
	}
	return c.conn.check()
}

// clearStatement resets and forgets the pending statement; one the
// connection's cache does not hold is finalized (nothing can reuse it).
func (c *cursor) clearStatement() {
	if s := c.stmt; s != nil {
		c.stmt = nil
		s.reset()
		if !s.cached {
			s.finalize()
		}
	}
}

func cursor_execute(self value, a []value) (value, *exc) {
	sql, ok := a[0].TryStr()
	if !ok {
		return runtime.None, runtime.NewTypeError("execute() argument 1 must be str, not %s", runtime.ArgTypeName(a[0]))
	}
	params := a[1]
	if params.IsNull() {
		params = runtime.NewTuple(nil).Value()
	}
	return cursorOf(self).execute(self, sql, []value{params}, runtime.None, false)
}

func cursor_executemany(self value, a []value) (value, *exc) {
	sql, ok := a[0].TryStr()
	if !ok {
		return runtime.None, runtime.NewTypeError("executemany() argument 1 must be str, not %s", runtime.ArgTypeName(a[0]))
	}
	return cursorOf(self).execute(self, sql, nil, a[1], true)
}

// execute is _pysqlite_query_execute: single holds the one parameter set of
// execute(), seq the iterable of executemany().
func (c *cursor) execute(self value, sql *runtime.Str, single []value, seq value, multiple bool) (value, *exc) {
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	c.locked = true
	err := c.run(sql, single, seq, multiple)
	c.locked = false
	if err != nil {
		c.clearStatement()
		c.rowcount = -1
		return runtime.None, err
	}
	if c.stmt != nil && sqlite.Xsqlite3_stmt_busy(c.conn.h.tls, c.stmt.st) == 0 {
		c.clearStatement()
	}
	if c.stmt != nil {
		c.conn.notePending(c, c.stmt)
	}
	return self, nil
}

func (c *cursor) run(sql *runtime.Str, single []value, seq value, multiple bool) *exc {
	var it value
	if multiple {
		var err *exc
		if it, err = runtime.Iter(seq); err != nil {
			return err
		}
	}
	c.clearStatement()
	c.description = runtime.None
	conn := c.conn
	st, err := conn.cache.get(conn, sql)
	if err != nil {
		return err
	}
	if st.inUse {
		if st, err = newStatement(conn, sql); err != nil {
			return err
		}
	}
	st.reset()
	c.stmt = st
	if st.isDML {
		c.rowcount = 0
	} else {
		c.rowcount = -1
	}
	if st.st == 0 {
		// Empty SQL (only comments): nothing to run.
		c.clearStatement()
		return nil
	}
	tls := conn.h.tls
	if conn.beginSQL != "" && st.isDML && conn.autocommit() {
		if err := conn.exec(conn.beginSQL); err != nil {
			return err
		}
	}
	for n := 0; ; n++ {
		var params value
		if multiple {
			p, err := runtime.Next(it)
			if err != nil {
				return err
			}
			if p.IsNull() {
				break
			}
			params = p
		} else {
			if n >= len(single) {
				break
			}
			params = single[n]
		}
		st.inUse = true
		if err := st.bindParameters(params); err != nil {
			return err
		}
		rc := conn.step(st, true)
		if rc != sqlite.SQLITE_DONE && rc != sqlite.SQLITE_ROW && isLockCode(rc) && conn.reapDeadCursors() {
			sqlite.Xsqlite3_reset(tls, st.st)
			rc = conn.step(st, true)
		}
		if pe := conn.h.takePendingError(); pe != nil {
			st.reset()
			return pe
		}
		if rc != sqlite.SQLITE_DONE && rc != sqlite.SQLITE_ROW {
			e := dbError(tls, conn.h.db)
			st.reset()
			return e
		}
		if err := c.buildConverters(); err != nil {
			return err
		}
		if c.description.IsNone() {
			if ncols := int(sqlite.Xsqlite3_column_count(tls, st.st)); ncols > 0 {
				c.description = c.buildDescription(ncols)
			}
		}
		if rc == sqlite.SQLITE_ROW {
			if multiple {
				return programmingError("executemany() can only execute DML statements.")
			}
		}
		if st.isDML {
			c.rowcount += int64(sqlite.Xsqlite3_changes(tls, conn.h.db))
		}
		if rc == sqlite.SQLITE_DONE && !multiple {
			c.clearStatement()
		}
		if multiple {
			st.reset()
		}
	}
	if !multiple {
		c.lastrowid = runtime.Int(sqlite.Xsqlite3_last_insert_rowid(tls, conn.h.db))
	}
	if multiple {
		c.clearStatement()
	}
	return nil
}

// buildDescription is the 7-tuple per column of cursor.description.
func (c *cursor) buildDescription(ncols int) value {
	tls := c.conn.h.tls
	items := make([]value, ncols)
	for i := range items {
		name := gostring(sqlite.Xsqlite3_column_name(tls, c.stmt.st, int32(i)))
		if c.conn.detectTypes&parseColnames != 0 {
			if j := strings.IndexByte(name, '['); j >= 0 {
				if j > 0 && name[j-1] == ' ' {
					j--
				}
				name = name[:j]
			}
		}
		items[i] = runtime.NewTuple([]value{runtime.StrValue(name), runtime.None, runtime.None,
			runtime.None, runtime.None, runtime.None, runtime.None}).Value()
	}
	return runtime.NewTuple(items).Value()
}

// buildConverters is pysqlite_build_row_cast_map: a converter per column
// from "[type]" in the column name or the declared type.
func (c *cursor) buildConverters() *exc {
	c.converters = nil
	detect := c.conn.detectTypes
	if detect == 0 {
		return nil
	}
	tls := c.conn.h.tls
	st := c.stmt.st
	n := int(sqlite.Xsqlite3_column_count(tls, st))
	conv := make([]value, n)
	for i := 0; i < n; i++ {
		if detect&parseColnames != 0 {
			name := gostring(sqlite.Xsqlite3_column_name(tls, st, int32(i)))
			if j := strings.IndexByte(name, '['); j >= 0 {
				if k := strings.IndexByte(name[j+1:], ']'); k >= 0 {
					v, err := lookupConverter(name[j+1 : j+1+k])
					if err != nil {
						return err
					}
					conv[i] = v
				}
			}
		}
		if conv[i].IsNull() && detect&parseDecltypes != 0 {
			if p := sqlite.Xsqlite3_column_decltype(tls, st, int32(i)); p != 0 {
				decl := gostring(p)
				if j := strings.IndexAny(decl, " ("); j >= 0 {
					decl = decl[:j]
				}
				v, err := lookupConverter(decl)
				if err != nil {
					return err
				}
				conv[i] = v
			}
		}
	}
	c.converters = conv
	return nil
}

// lookupConverter finds the converter registered for a type name.
func lookupConverter(name string) (value, *exc) {
	up, err := runtime.CallMethod(runtime.StrValue(name), "upper")
	if err != nil {
		return value{}, err
	}
	v, found, err := state.converters.GetItem(up)
	if err != nil || !found {
		return value{}, err
	}
	return v, nil
}

// fetchRow builds the tuple of the current row, as _pysqlite_fetch_one_row.
func (c *cursor) fetchRow() (value, *exc) {
	tls := c.conn.h.tls
	st := c.stmt.st
	n := int(sqlite.Xsqlite3_data_count(tls, st))
	items := make([]value, n)
	for i := 0; i < n; i++ {
		var conv value
		if i < len(c.converters) {
			conv = c.converters[i]
		}
		if !conv.IsNull() {
			p := sqlite.Xsqlite3_column_blob(tls, st, int32(i))
			if p == 0 {
				items[i] = runtime.None
				continue
			}
			b := gobytes(p, int(sqlite.Xsqlite3_column_bytes(tls, st, int32(i))))
			v, err := runtime.Call(conv, []value{runtime.NewBytes(b)}, nil)
			if err != nil {
				return value{}, err
			}
			items[i] = v
			continue
		}
		v, err := c.columnValue(i)
		if err != nil {
			return value{}, err
		}
		items[i] = v
	}
	return runtime.NewTuple(items).Value(), nil
}

// columnValue converts column i by its storage class.
func (c *cursor) columnValue(i int) (value, *exc) {
	tls := c.conn.h.tls
	st := c.stmt.st
	col := int32(i)
	switch sqlite.Xsqlite3_column_type(tls, st, col) {
	case sqlite.SQLITE_NULL:
		return runtime.None, nil
	case sqlite.SQLITE_INTEGER:
		return runtime.Int(sqlite.Xsqlite3_column_int64(tls, st, col)), nil
	case sqlite.SQLITE_FLOAT:
		return runtime.Float(sqlite.Xsqlite3_column_double(tls, st, col)), nil
	case sqlite.SQLITE_TEXT:
		p := sqlite.Xsqlite3_column_text(tls, st, col)
		b := gobytes(p, int(sqlite.Xsqlite3_column_bytes(tls, st, col)))
		return c.textValue(i, b)
	}
	p := sqlite.Xsqlite3_column_blob(tls, st, col)
	return runtime.NewBytes(gobytes(p, int(sqlite.Xsqlite3_column_bytes(tls, st, col)))), nil
}

// textValue applies the connection's text_factory to a TEXT column.
func (c *cursor) textValue(i int, b []byte) (value, *exc) {
	tf := c.conn.textFactory
	switch {
	case tf.Is(runtime.StrType.Value()):
		if !utf8.Valid(b) {
			name := gostring(sqlite.Xsqlite3_column_name(c.conn.h.tls, c.stmt.st, int32(i)))
			return value{}, newError(OperationalErrorType, "Could not decode to UTF-8 column '%s' with text '%s'", name, replaceInvalid(b))
		}
		return runtime.StrValue(string(b)), nil
	case tf.Is(runtime.BytesType.Value()):
		return runtime.NewBytes(b), nil
	case tf.Is(runtime.ByteArrayType.Value()):
		return runtime.NewByteArray(b), nil
	}
	return runtime.Call(tf, []value{runtime.NewBytes(b)}, nil)
}

// next returns the next row (row_factory applied), or the null Value.
func (c *cursor) next(self value) (value, *exc) {
	if err := c.check(); err != nil {
		return value{}, err
	}
	if c.stmt == nil || c.stmt.st == 0 {
		return value{}, nil
	}
	c.locked = true
	row, err := c.fetchRow()
	c.locked = false
	if err != nil {
		return value{}, err
	}
	tls := c.conn.h.tls
	rc := c.conn.step(c.stmt, false)
	if pe := c.conn.h.takePendingError(); pe != nil {
		c.clearStatement()
		return value{}, pe
	}
	switch rc {
	case sqlite.SQLITE_DONE:
		if c.stmt.isDML {
			c.rowcount = int64(sqlite.Xsqlite3_changes(tls, c.conn.h.db))
		}
		c.clearStatement()
	case sqlite.SQLITE_ROW:
	default:
		e := dbError(tls, c.conn.h.db)
		c.clearStatement()
		return value{}, e
	}
	if !c.rowFactory.IsNone() {
		return runtime.Call(c.rowFactory, []value{self, row}, nil)
	}
	return row, nil
}

func cursor_next(self value) (value, *exc) { return cursorOf(self).next(self) }

func cursor_fetchone(self value, _ []value) (value, *exc) {
	r, err := cursorOf(self).next(self)
	if err != nil {
		return runtime.None, err
	}
	if r.IsNull() {
		return runtime.None, nil
	}
	return r, nil
}

func cursor_fetchmany(self value, a []value) (value, *exc) {
	c := cursorOf(self)
	n := c.arraysize
	if !a[0].IsNull() {
		var err *exc
		if n, err = runtime.IndexInt(a[0], ""); err != nil {
			return runtime.None, err
		}
	}
	return c.fetch(self, n)
}

func cursor_fetchall(self value, _ []value) (value, *exc) { return cursorOf(self).fetch(self, -1) }

// fetch collects up to n rows (all when n < 0).
func (c *cursor) fetch(self value, n int64) (value, *exc) {
	var rows []value
	for n < 0 || int64(len(rows)) < n {
		r, err := c.next(self)
		if err != nil {
			return runtime.None, err
		}
		if r.IsNull() {
			break
		}
		rows = append(rows, r)
	}
	if rows == nil {
		rows = []value{}
	}
	return runtime.NewList(rows), nil
}

func cursor_executescript(self value, a []value) (value, *exc) {
	script, ok := a[0].TryStr()
	if !ok {
		return runtime.None, runtime.NewTypeError("executescript() argument must be str, not %s", runtime.ArgTypeName(a[0]))
	}
	c := cursorOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	if strings.IndexByte(script.S, 0) >= 0 {
		return runtime.None, runtime.NewValueError("embedded null character")
	}
	if err := checkUTF8(script); err != nil {
		return runtime.None, err
	}
	conn := c.conn
	if limit := sqlite.Xsqlite3_limit(conn.h.tls, conn.h.db, sqlite.SQLITE_LIMIT_SQL_LENGTH, -1); len(script.S) > int(limit) {
		return runtime.None, newError(DataErrorType, "query string is too large")
	}
	c.locked = true
	err := c.runScript(script.S)
	c.locked = false
	if err != nil {
		return runtime.None, err
	}
	return self, nil
}

// runScript commits, then runs each statement of script to completion.
func (c *cursor) runScript(script string) *exc {
	conn := c.conn
	if !conn.autocommit() {
		if err := conn.exec("COMMIT"); err != nil {
			return err
		}
	}
	tls := conn.h.tls
	buf := cstring(tls, script)
	defer cfree(tls, buf)
	out := cmalloc(tls, 16)
	defer cfree(tls, out)
	p := buf
	for {
		rc := sqlite.Xsqlite3_prepare_v2(tls, conn.h.db, p, -1, out, out+8)
		if rc != sqlite.SQLITE_OK {
			return dbError(tls, conn.h.db)
		}
		st := readPtr(out)
		p = readPtr(out + 8)
		if st != 0 {
			for rc = sqlite.SQLITE_ROW; rc == sqlite.SQLITE_ROW; {
				rc = sqlite.Xsqlite3_step(tls, st)
			}
			if rc != sqlite.SQLITE_DONE {
				sqlite.Xsqlite3_finalize(tls, st)
				return dbError(tls, conn.h.db)
			}
			if rc = sqlite.Xsqlite3_finalize(tls, st); rc != sqlite.SQLITE_OK {
				return dbError(tls, conn.h.db)
			}
		}
		if *(*byte)(unsafePointer(p)) == 0 {
			return nil
		}
	}
}

func cursor_close(self value, _ []value) (value, *exc) {
	c := cursorOf(self)
	if !c.initialized {
		return runtime.None, programmingError("Base Cursor.__init__ not called.")
	}
	if c.locked {
		return runtime.None, programmingError("Recursive use of cursors not allowed.")
	}
	if err := c.conn.check(); err != nil {
		return runtime.None, err
	}
	c.clearStatement()
	c.closed = true
	return runtime.None, nil
}

func cursor_noop(self value, _ []value) (value, *exc) { return runtime.None, nil }

// newCursorType builds sqlite3.Cursor.
func newCursorType() *runtime.Type {
	methods := []runtime.Method{
		{Name: "execute", Sig: "sql, parameters=, /", Fn: cursor_execute, Doc: "Executes an SQL statement."},
		{Name: "executemany", Sig: "sql, seq_of_parameters, /", Fn: cursor_executemany, Doc: "Repeatedly executes an SQL statement."},
		{Name: "executescript", Sig: "sql_script, /", Fn: cursor_executescript, Doc: "Executes multiple SQL statements at once."},
		{Name: "fetchone", Flags: runtime.MethNoArgs, Fn: cursor_fetchone, Doc: "Fetches one row from the resultset."},
		{Name: "fetchmany", Sig: "size=", Fn: cursor_fetchmany, Doc: "Fetches several rows from the resultset."},
		{Name: "fetchall", Flags: runtime.MethNoArgs, Fn: cursor_fetchall, Doc: "Fetches all rows from the resultset."},
		{Name: "close", Flags: runtime.MethNoArgs, Fn: cursor_close, Doc: "Closes the cursor."},
		{Name: "setinputsizes", Sig: "sizes, /", Fn: cursor_noop, Doc: "Required by DB-API. Does nothing in sqlite3."},
		{Name: "setoutputsize", Sig: "size, column=, /", Fn: cursor_noop, Doc: "Required by DB-API. Does nothing in sqlite3."},
	}
	getsets := []runtime.GetSetDef{
		{Name: "connection", Member: true, Get: func(v value) (value, *exc) { return cursorOf(v).connVal, nil }},
		{Name: "description", Member: true, Get: func(v value) (value, *exc) { return cursorOf(v).description, nil }},
		{Name: "lastrowid", Member: true, Get: func(v value) (value, *exc) { return cursorOf(v).lastrowid, nil }},
		{Name: "rowcount", Member: true, Get: func(v value) (value, *exc) { return runtime.Int(cursorOf(v).rowcount), nil }},
		{Name: "arraysize", Member: true, Get: func(v value) (value, *exc) { return runtime.Int(cursorOf(v).arraysize), nil },
			Set: func(v, val value) *exc {
				if val.IsNull() {
					return runtime.NewTypeError("can't delete numeric/char attribute")
				}
				n, err := runtime.IndexInt(val, "")
				if err != nil {
					return err
				}
				cursorOf(v).arraysize = n
				return nil
			}},
		{Name: "row_factory", Member: true, Get: func(v value) (value, *exc) { return cursorOf(v).rowFactory, nil },
			Set: func(v, val value) *exc { return setMember(&cursorOf(v).rowFactory, val) }},
	}
	return runtime.NewNativeType(&runtime.TypeSpec{Name: "sqlite3.Cursor", Flags: runtime.FlagBaseType,
		Doc: "SQLite database cursor class.", Methods: methods, GetSets: getsets}, func(t *runtime.Type) {
		heapTypeModule(t)
		t.New = cursor_new
		t.Init = cursor_init
		t.Iter = func(v value) (value, *exc) { return v, nil }
		t.Next = cursor_next
		t.InstAttrs = func(v value) *runtime.Attrs { return cursorOf(v).attrs }
	})
}

// replaceInvalid decodes b as UTF-8 with one U+FFFD per invalid byte, as
// PyUnicode_FromFormat's %s does.
func replaceInvalid(b []byte) string {
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			sb.WriteRune(utf8.RuneError)
			b = b[1:]
			continue
		}
		sb.Write(b[:n])
		b = b[n:]
	}
	return sb.String()
}

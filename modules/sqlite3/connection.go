// This file defines sqlite3.Connection: opening the database, the
// transaction control of 3.11 (isolation_level, implicit BEGIN, commit,
// rollback), the execute shortcuts, and the attribute surface.
package sqlite3mod

import (
	"math"
	goruntime "runtime"
	"strings"

	"modernc.org/libc"
	sqlite "modernc.org/sqlite/lib"

	"krait/runtime"
)

// dbHandle owns an open sqlite3* and the libc TLS its calls run on. It is
// separate from the connection object so that a cleanup can close it once
// the connection is garbage (CPython closes on deallocation).
type dbHandle struct {
	tls   *libc.TLS
	db    uintptr
	stmts map[*statement]struct{}

	hooks         map[uintptr]struct{} // authorizer, progress and trace callbacks to release on close
	id            uintptr              // the busy handler's key (busy.go)
	busyMS        int64
	releaseInBusy bool
	gilReleased   bool // a call on this handle runs with the GIL released
	pendingErr    *exc // raised by a collation during the last step
}

// takePendingError returns and clears the exception a collation raised
// inside SQLite.
func (h *dbHandle) takePendingError() *exc {
	err := h.pendingErr
	h.pendingErr = nil
	return err
}

// close finalizes the statements and closes the database. With keepBusy,
// statements that have rows pending survive and SQLite keeps the database
// open until they are finalized (sqlite3_close_v2's zombie state).
func (h *dbHandle) close(keepBusy bool) int32 {
	if h.db == 0 {
		return sqlite.SQLITE_OK
	}
	kept := false
	for s := range h.stmts {
		if keepBusy && s.inUse && sqlite.Xsqlite3_stmt_busy(h.tls, s.st) != 0 {
			kept = true
			continue
		}
		s.finalize()
	}
	rc := sqlite.Xsqlite3_close_v2(h.tls, h.db)
	for id := range h.hooks {
		destroyCallback(nil, id)
	}
	clear(h.hooks)
	if !kept {
		h.db = 0
		forgetHandle(h)
	}
	return rc
}

// connection is a sqlite3.Connection.
type connection struct {
	runtime.Header
	attrs *runtime.Attrs

	h                *dbHandle // nil before __init__ and after close()
	initialized      bool
	detectTypes      int64
	isolationLevel   value // None or str
	beginSQL         string
	checkSameThread  bool
	threadIdent      int64
	rowFactory       value
	textFactory      value
	cache            *stmtCache
	hasCallbacks     bool // Python code may run inside SQLite calls
	authorizer       *callbackCtx
	progress         *callbackCtx
	trace            *callbackCtx
	cleanup          goruntime.Cleanup
	hasCleanup       bool
	pending          []pendingStmt // see reap.go
	pendingCollectAt int
}

func connOf(v value) *connection { return runtime.PtrOf[connection](v) }

func asConnection(v value) (*connection, bool) {
	if v.IsNull() || !runtime.IsInstance(v, state.ConnectionType) {
		return nil, false
	}
	return connOf(v), true
}

var connInitMethod = &runtime.Method{Name: "Connection", Sig: connectSig}

func connection_new(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
	c := &connection{Header: runtime.HeaderFor(t), rowFactory: runtime.None, textFactory: runtime.StrType.Value(),
		isolationLevel: runtime.StrValue("")}
	if t != state.ConnectionType {
		c.attrs = &runtime.Attrs{}
	}
	return runtime.ValueOf(c), nil
}

// connection_init is Connection.__init__: open the database.
func connection_init(self value, args []value, kwnames []*runtime.Str) *exc {
	a, err := runtime.BindArgs(connInitMethod, args, kwnames, nil)
	if err != nil {
		return err
	}
	c := connOf(self)
	if err := audit("sqlite3.connect", a[0]); err != nil {
		return err
	}
	path, err := fsPath(a[0])
	if err != nil {
		return err
	}
	timeout := 5.0
	if !a[1].IsNull() {
		if timeout, err = runtime.FloatAsDouble(a[1]); err != nil {
			return err
		}
	}
	var detect int64
	if !a[2].IsNull() {
		if detect, err = runtime.IndexInt(a[2], ""); err != nil {
			return err
		}
	}
	level := runtime.StrValue("")
	if !a[3].IsNull() {
		level = a[3]
	}
	begin, err := beginStatement(level)
	if err != nil {
		return err
	}
	sameThread := true
	if !a[4].IsNull() {
		n, err := runtime.IndexInt(a[4], "")
		if err != nil {
			return err
		}
		sameThread = n != 0
	}
	cacheSize := int64(128)
	if !a[6].IsNull() {
		if cacheSize, err = runtime.IndexInt(a[6], ""); err != nil {
			return err
		}
	}
	uri := false
	if !a[7].IsNull() {
		if uri, err = runtime.IsTrue(a[7]); err != nil {
			return err
		}
	}
	if c.initialized {
		// Re-initialising closes the old database; statements with rows
		// pending stay usable on it, as in CPython.
		c.closeHandle(true)
		c.initialized = false
	}
	h, err := openDB(path, uri, timeout, sameThread)
	if err != nil {
		return err
	}
	c.h = h
	c.initialized = true
	c.detectTypes = detect
	c.isolationLevel = normalizedLevel(level)
	c.beginSQL = begin
	c.checkSameThread = sameThread
	c.threadIdent = runtime.CurrentThread().Ident()
	c.rowFactory = runtime.None
	c.textFactory = runtime.StrType.Value()
	c.cache = newStmtCache(int(cacheSize))
	c.cleanup = goruntime.AddCleanup(c, func(h *dbHandle) { h.close(false) }, h)
	c.hasCleanup = true
	return audit("sqlite3.connect/handle", self)
}

// fsPath converts database to a file name as PyUnicode_FSConverter.
func fsPath(v value) (string, *exc) {
	if s, ok := v.TryStr(); ok {
		return s.S, nil
	}
	if b, ok := v.TryBytes(); ok {
		return string(b), nil
	}
	os, err := runtime.ImportModule("os")
	if err != nil {
		return "", err
	}
	fspath, err := runtime.GetAttrString(os, "fspath")
	if err != nil {
		return "", err
	}
	r, err := runtime.Call(fspath, []value{v}, nil)
	if err != nil {
		return "", err
	}
	return fsPath(r)
}

// openDB opens path with SQLite (read-write, create, URI names if uri).
func openDB(path string, uri bool, timeout float64, releaseGIL bool) (*dbHandle, *exc) {
	tls := libc.NewTLS()
	flags := int32(sqlite.SQLITE_OPEN_READWRITE | sqlite.SQLITE_OPEN_CREATE)
	if uri {
		flags |= sqlite.SQLITE_OPEN_URI
	}
	name := cstring(tls, path)
	out := cmalloc(tls, 8)
	rc := sqlite.Xsqlite3_open_v2(tls, name, out, flags, 0)
	db := readPtr(out)
	cfree(tls, name)
	cfree(tls, out)
	if rc != sqlite.SQLITE_OK {
		var e *exc
		if db != 0 {
			e = dbError(tls, db)
			sqlite.Xsqlite3_close_v2(tls, db)
		} else {
			e = codeError(rc, errstr(tls, rc))
		}
		tls.Close()
		return nil, e
	}
	ms := timeout * 1000
	if ms > math.MaxInt32 {
		ms = math.MaxInt32
	}
	h := &dbHandle{tls: tls, db: db, stmts: map[*statement]struct{}{}, hooks: map[uintptr]struct{}{}}
	registerHandle(h)
	h.setBusyTimeout(int64(ms), releaseGIL)
	return h, nil
}

// beginStatement validates an isolation_level and returns the BEGIN it
// implies ("" for None: autocommit).
func beginStatement(level value) (string, *exc) {
	if level.IsNone() {
		return "", nil
	}
	s, ok := level.TryStr()
	if !ok {
		return "", runtime.NewTypeError("isolation_level must be str or None")
	}
	switch strings.ToUpper(s.S) {
	case "":
		return "BEGIN ", nil
	case "DEFERRED", "IMMEDIATE", "EXCLUSIVE":
		return "BEGIN " + strings.ToUpper(s.S), nil
	}
	return "", runtime.NewValueError("isolation_level string must be '', 'DEFERRED', 'IMMEDIATE', or 'EXCLUSIVE'")
}

// normalizedLevel is the isolation_level as stored: the canonical upper
// case spelling of a valid level.
func normalizedLevel(level value) value {
	if s, ok := level.TryStr(); ok {
		return runtime.StrValue(strings.ToUpper(s.S))
	}
	return level
}

// closeHandle finalizes statements and closes the database; keepBusy
// leaves statements with pending rows alive (a zombie database).
func (c *connection) closeHandle(keepBusy bool) *exc {
	if c.h == nil {
		return nil
	}
	h := c.h
	c.h = nil
	if c.hasCleanup {
		c.cleanup.Stop()
		c.hasCleanup = false
	}
	rc := h.close(keepBusy)
	if h.db == 0 {
		h.tls.Close()
	}
	if rc != sqlite.SQLITE_OK {
		return codeError(rc, errstr(libc.NewTLS(), rc))
	}
	return nil
}

// checkThread is pysqlite_check_thread.
func (c *connection) checkThread() *exc {
	if c.checkSameThread {
		if id := runtime.CurrentThread().Ident(); id != c.threadIdent {
			return programmingError("SQLite objects created in a thread can only be used in that same thread. The object was created in thread id %d and this is thread id %d.", c.threadIdent, id)
		}
	}
	return nil
}

// checkConnection is pysqlite_check_connection.
func (c *connection) checkConnection() *exc {
	if !c.initialized {
		return programmingError("Base Connection.__init__ not called.")
	}
	if c.h == nil {
		return programmingError("Cannot operate on a closed database.")
	}
	return nil
}

// check runs both checks, thread first, as most methods do.
func (c *connection) check() *exc {
	if err := c.checkThread(); err != nil {
		return err
	}
	return c.checkConnection()
}

// exec runs one SQL statement without parameters (BEGIN, COMMIT, ...).
func (c *connection) exec(sql string) *exc {
	tls := c.h.tls
	p := cstring(tls, sql)
	defer cfree(tls, p)
	out := cmalloc(tls, 8)
	defer cfree(tls, out)
	rc := sqlite.Xsqlite3_prepare_v2(tls, c.h.db, p, -1, out, 0)
	if rc != sqlite.SQLITE_OK {
		return dbError(tls, c.h.db)
	}
	st := readPtr(out)
	s := &statement{h: c.h, st: st}
	rc = c.step(s, true)
	if rc != sqlite.SQLITE_DONE && rc != sqlite.SQLITE_ROW && isLockCode(rc) && c.reapDeadCursors() {
		sqlite.Xsqlite3_reset(tls, st)
		rc = c.step(s, true)
	}
	sqlite.Xsqlite3_finalize(tls, st)
	if rc != sqlite.SQLITE_DONE && rc != sqlite.SQLITE_ROW {
		return dbError(tls, c.h.db)
	}
	return nil
}

func (c *connection) autocommit() bool { return sqlite.Xsqlite3_get_autocommit(c.h.tls, c.h.db) != 0 }

func connection_cursor(self value, a []value) (value, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	factory := a[0]
	if factory.IsNull() {
		factory = state.CursorType.Value()
	}
	cur, err := runtime.Call(factory, []value{self}, nil)
	if err != nil {
		return runtime.None, err
	}
	if !runtime.IsInstance(cur, state.CursorType) {
		return runtime.None, runtime.NewTypeError("factory must return a cursor, not %s", cur.Type().Name)
	}
	if !c.rowFactory.IsNone() {
		cursorOf(cur).rowFactory = c.rowFactory
	}
	return cur, nil
}

func connection_close(self value, _ []value) (value, *exc) {
	c := connOf(self)
	if err := c.checkThread(); err != nil {
		return runtime.None, err
	}
	if !c.initialized {
		return runtime.None, programmingError("Base Connection.__init__ not called.")
	}
	return runtime.None, c.closeHandle(false)
}

func connection_commit(self value, _ []value) (value, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	if !c.autocommit() {
		return runtime.None, c.exec("COMMIT")
	}
	return runtime.None, nil
}

func connection_rollback(self value, _ []value) (value, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	if !c.autocommit() {
		return runtime.None, c.exec("ROLLBACK")
	}
	return runtime.None, nil
}

// newCursorFor makes a plain cursor for the execute shortcuts.
func newCursorFor(self value) (value, *exc) {
	return connection_cursor(self, []value{{}})
}

func connection_execute(self value, a []value) (value, *exc) {
	if err := connOf(self).check(); err != nil {
		return runtime.None, err
	}
	cur, err := newCursorFor(self)
	if err != nil {
		return runtime.None, err
	}
	args := []value{a[0]}
	if !a[1].IsNull() {
		args = append(args, a[1])
	}
	return runtime.CallMethod(cur, "execute", args...)
}

func connection_executemany(self value, a []value) (value, *exc) {
	if err := connOf(self).check(); err != nil {
		return runtime.None, err
	}
	cur, err := newCursorFor(self)
	if err != nil {
		return runtime.None, err
	}
	return runtime.CallMethod(cur, "executemany", a[0], a[1])
}

func connection_executescript(self value, a []value) (value, *exc) {
	if err := connOf(self).check(); err != nil {
		return runtime.None, err
	}
	cur, err := newCursorFor(self)
	if err != nil {
		return runtime.None, err
	}
	return runtime.CallMethod(cur, "executescript", a[0])
}

func connection_interrupt(self value, _ []value) (value, *exc) {
	c := connOf(self)
	if err := c.checkConnection(); err != nil {
		return runtime.None, err
	}
	// SQLite keeps an interrupt pending while any statement is active, so
	// the statements of dead cursors, which CPython has reset by now but
	// Krait's collector has not, would make it abort the next statements
	// too: release them first, unless a step is running (another thread,
	// or a callback inside one), which they must not disturb.
	if !c.h.gilReleased && !c.hasCallbacks {
		c.dropEnded()
		c.reapDeadCursors()
	}
	// Another thread may be inside SQLite on this connection (the GIL is
	// released around steps), using the connection's TLS: take a fresh one.
	tls := libc.NewTLS()
	sqlite.Xsqlite3_interrupt(tls, c.h.db)
	tls.Close()
	return runtime.None, nil
}

func connection_enter(self value, _ []value) (value, *exc) {
	if err := connOf(self).checkConnection(); err != nil {
		return runtime.None, err
	}
	return self, nil
}

// connection_exit commits on success and rolls back on an exception; a
// failed commit rolls back too and raises.
func connection_exit(self value, a []value) (value, *exc) {
	c := connOf(self)
	if err := c.checkConnection(); err != nil {
		return runtime.None, err
	}
	if a[0].IsNone() && a[1].IsNone() && a[2].IsNone() {
		if _, err := connection_commit(self, nil); err != nil {
			connection_rollback(self, nil)
			return runtime.None, err
		}
		return runtime.False, nil
	}
	if _, err := connection_rollback(self, nil); err != nil {
		return runtime.None, err
	}
	return runtime.False, nil
}

func connection_iterdump(self value, _ []value) (value, *exc) {
	if err := connOf(self).checkConnection(); err != nil {
		return runtime.None, err
	}
	mod, err := runtime.ImportModule("sqlite3.dump")
	if err != nil {
		return runtime.None, err
	}
	fn, err := runtime.GetAttrString(mod, "_iterdump")
	if err != nil {
		return runtime.None, err
	}
	return runtime.Call(fn, []value{self}, nil)
}

func connection_getlimit(self value, a []value) (value, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	cat, err := runtime.IndexInt(a[0], "")
	if err != nil {
		return runtime.None, err
	}
	r := sqlite.Xsqlite3_limit(c.h.tls, c.h.db, int32(cat), -1)
	if r < 0 {
		return runtime.None, programmingError("'category' is out of bounds")
	}
	return runtime.Int(int64(r)), nil
}

func connection_setlimit(self value, a []value) (value, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	cat, err := runtime.IndexInt(a[0], "")
	if err != nil {
		return runtime.None, err
	}
	lim, err := runtime.IndexInt(a[1], "")
	if err != nil {
		return runtime.None, err
	}
	r := sqlite.Xsqlite3_limit(c.h.tls, c.h.db, int32(cat), int32(lim))
	if r < 0 {
		return runtime.None, programmingError("'category' is out of bounds")
	}
	return runtime.Int(int64(r)), nil
}

func connection_serialize(self value, a []value) (value, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	name, err := schemaName(a[0])
	if err != nil {
		return runtime.None, err
	}
	tls := c.h.tls
	cname := cstring(tls, name)
	defer cfree(tls, cname)
	size := cmalloc(tls, 8)
	defer cfree(tls, size)
	p := sqlite.Xsqlite3_serialize(tls, c.h.db, cname, size, 0)
	if p == 0 {
		return runtime.None, newError(OperationalErrorType, "unable to serialize '%s'", name)
	}
	b := gobytes(p, int(readInt64(size)))
	sqlite.Xsqlite3_free(tls, p)
	return runtime.NewBytes(b), nil
}

func connection_deserialize(self value, a []value) (value, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	data, ok := runtime.BufferBytes(a[0])
	if ok && !runtime.BufferIsCContiguous(a[0]) {
		return runtime.None, runtime.NewException(runtime.ExceptionTypeByName("BufferError"), runtime.StrValue("underlying buffer is not C-contiguous"))
	}
	if !ok {
		if _, isStr := a[0].TryStr(); !isStr {
			return runtime.None, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
		}
		s, _ := a[0].TryStr()
		data = []byte(s.S)
	}
	name, err := schemaName(a[1])
	if err != nil {
		return runtime.None, err
	}
	tls := c.h.tls
	cname := cstring(tls, name)
	defer cfree(tls, cname)
	buf := sqlite.Xsqlite3_malloc64(tls, uint64(len(data)+1))
	if buf == 0 {
		return runtime.None, runtime.NewException(runtime.ExceptionTypeByName("MemoryError"))
	}
	if len(data) > 0 {
		copy(unsafeBytes(buf, len(data)), data)
	}
	rc := sqlite.Xsqlite3_deserialize(tls, c.h.db, cname, buf, int64(len(data)), int64(len(data)),
		sqlite.SQLITE_DESERIALIZE_FREEONCLOSE|sqlite.SQLITE_DESERIALIZE_RESIZEABLE)
	if rc != sqlite.SQLITE_OK {
		return runtime.None, dbError(tls, c.h.db)
	}
	return runtime.None, nil
}

// schemaName reads the optional name= argument ("main" by default).
func schemaName(v value) (string, *exc) {
	if v.IsNull() {
		return "main", nil
	}
	s, ok := v.TryStr()
	if !ok {
		return "", runtime.NewTypeError("argument 'name' must be str, not %s", runtime.ArgTypeName(v))
	}
	return s.S, nil
}

// The Connection attributes.

func connection_get_isolation_level(v value) (value, *exc) {
	c := connOf(v)
	if err := c.checkConnection(); err != nil {
		return runtime.None, err
	}
	return c.isolationLevel, nil
}

func connection_set_isolation_level(v, val value) *exc {
	c := connOf(v)
	if err := c.checkConnection(); err != nil {
		return err
	}
	if val.IsNull() {
		return runtime.NewAttributeError("cannot delete attribute")
	}
	begin, err := beginStatement(val)
	if err != nil {
		return err
	}
	if val.IsNone() && !c.autocommit() {
		if err := c.exec("COMMIT"); err != nil {
			return err
		}
	}
	c.isolationLevel = normalizedLevel(val)
	c.beginSQL = begin
	return nil
}

func connection_get_in_transaction(v value) (value, *exc) {
	c := connOf(v)
	if err := c.checkConnection(); err != nil {
		return runtime.None, err
	}
	return runtime.Bool(!c.autocommit()), nil
}

func connection_get_total_changes(v value) (value, *exc) {
	c := connOf(v)
	if err := c.checkConnection(); err != nil {
		return runtime.None, err
	}
	return runtime.Int(int64(sqlite.Xsqlite3_total_changes(c.h.tls, c.h.db))), nil
}

// newConnectionType builds sqlite3.Connection.
func newConnectionType() *runtime.Type {
	methods := []runtime.Method{
		{Name: "cursor", Sig: "factory=", Fn: connection_cursor, Doc: "Return a cursor for the connection."},
		{Name: "close", Flags: runtime.MethNoArgs, Fn: connection_close, Doc: "Close the database connection.\n\nAny pending transaction is not committed implicitly."},
		{Name: "commit", Flags: runtime.MethNoArgs, Fn: connection_commit, Doc: "Commit any pending transaction to the database.\n\nIf there is no open transaction, this method is a no-op."},
		{Name: "rollback", Flags: runtime.MethNoArgs, Fn: connection_rollback, Doc: "Roll back to the start of any pending transaction.\n\nIf there is no open transaction, this method is a no-op."},
		{Name: "execute", Sig: "sql, parameters=, /", Fn: connection_execute, Doc: "Executes an SQL statement."},
		{Name: "executemany", Sig: "sql, parameters, /", Fn: connection_executemany, Doc: "Repeatedly executes an SQL statement."},
		{Name: "executescript", Sig: "sql_script, /", Fn: connection_executescript, Doc: "Executes multiple SQL statements at once."},
		runtime.ClinicMethod("create_function", "name, narg, func, *, deterministic=", connection_create_function),
		runtime.ClinicMethod("create_aggregate", "name, n_arg, aggregate_class", connection_create_aggregate),
		{Name: "create_window_function", Sig: "name, num_params, aggregate_class, /", Fn: connection_create_window_function, Doc: "Creates or redefines an aggregate window function. Non-standard."},
		{Name: "create_collation", Sig: "name, callback, /", Fn: connection_create_collation, Doc: "Creates a collation function."},
		{Name: "set_authorizer", Sig: "authorizer_callback", Fn: connection_set_authorizer, Doc: "Sets authorizer callback."},
		{Name: "set_progress_handler", Sig: "progress_handler, n", Fn: connection_set_progress_handler, Doc: "Sets progress handler callback."},
		{Name: "set_trace_callback", Sig: "trace_callback", Fn: connection_set_trace_callback, Doc: "Sets a trace callback called for each SQL statement (passed as unicode)."},
		{Name: "interrupt", Flags: runtime.MethNoArgs, Fn: connection_interrupt, Doc: "Abort any pending database operation."},
		{Name: "iterdump", Flags: runtime.MethNoArgs, Fn: connection_iterdump, Doc: "Returns iterator to the dump of the database in an SQL text format."},
		{Name: "backup", Sig: "target, *, pages=, progress=, name=, sleep=", Fn: connection_backup, Doc: "Makes a backup of the database."},
		{Name: "blobopen", Sig: "table, column, row, /, *, readonly=, name=", Fn: connection_blobopen, Doc: "Open and return a BLOB object."},
		{Name: "getlimit", Sig: "category, /", Fn: connection_getlimit, Doc: "Get connection run-time limits."},
		{Name: "setlimit", Sig: "category, limit, /", Fn: connection_setlimit, Doc: "Set connection run-time limits."},
		{Name: "serialize", Sig: "*, name=", Fn: connection_serialize, Doc: "Serialize a database into a byte string."},
		{Name: "deserialize", Sig: "data, /, *, name=", Fn: connection_deserialize, Doc: "Load a serialized database."},
		{Name: "__enter__", Flags: runtime.MethNoArgs, Fn: connection_enter, Doc: "Called when the connection is used as a context manager."},
		{Name: "__exit__", Sig: "type, value, traceback, /", Fn: connection_exit, Doc: "Called when the connection is used as a context manager."},
	}
	getsets := []runtime.GetSetDef{
		{Name: "isolation_level", Get: connection_get_isolation_level, Set: connection_set_isolation_level},
		{Name: "in_transaction", Get: connection_get_in_transaction},
		{Name: "total_changes", Get: connection_get_total_changes},
		{Name: "row_factory", Member: true, Get: func(v value) (value, *exc) { return connOf(v).rowFactory, nil },
			Set: func(v, val value) *exc { return setMember(&connOf(v).rowFactory, val) }},
		{Name: "text_factory", Member: true, Get: func(v value) (value, *exc) { return connOf(v).textFactory, nil },
			Set: func(v, val value) *exc { return setMember(&connOf(v).textFactory, val) }},
	}
	for _, t := range exceptionOrder {
		t := t
		getsets = append(getsets, runtime.GetSetDef{Name: t.Name, Member: true, Get: func(value) (value, *exc) { return t.Value(), nil }})
	}
	return runtime.NewNativeType(&runtime.TypeSpec{Name: "sqlite3.Connection", Flags: runtime.FlagBaseType,
		Doc: "SQLite database connection object.", Methods: methods, GetSets: getsets}, func(t *runtime.Type) {
		heapTypeModule(t)
		t.New = connection_new
		t.Init = connection_init
		t.Call = connection_call
		t.InstAttrs = func(v value) *runtime.Attrs { return connOf(v).attrs }
	})
}

// setMember assigns a settable object member; deleting sets None, as a
// T_OBJECT member does.
func setMember(dst *value, val value) *exc {
	if val.IsNull() {
		val = runtime.None
	}
	*dst = val
	return nil
}

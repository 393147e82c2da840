// This file defines Connection.backup: copying a database page by page
// into another connection, with the progress callback.
package sqlite3mod

import (
	"time"

	sqlite "modernc.org/sqlite/lib"

	"krait/runtime"
)

func connection_backup(self value, a []value) (value, *exc) {
	c := connOf(self)
	if err := c.check(); err != nil {
		return runtime.None, err
	}
	target, ok := asConnection(a[0])
	if !ok {
		return runtime.None, runtime.NewTypeError("backup() argument 'target' must be sqlite3.Connection, not %s", a[0].Type().Name)
	}
	if target == c {
		return runtime.None, runtime.NewValueError("target cannot be the same connection instance")
	}
	if err := target.checkConnection(); err != nil {
		return runtime.None, err
	}
	pages := int64(-1)
	var err *exc
	if !a[1].IsNull() {
		if pages, err = runtime.IndexInt(a[1], ""); err != nil {
			return runtime.None, err
		}
		if pages == 0 {
			pages = -1
		}
	}
	progress := a[2]
	if !progress.IsNull() && !progress.IsNone() && !isCallable(progress) {
		return runtime.None, runtime.NewTypeError("progress argument must be a callable")
	}
	name, err := schemaName(a[3])
	if err != nil {
		return runtime.None, err
	}
	sleep := 0.250
	if !a[4].IsNull() {
		if sleep, err = runtime.FloatAsDouble(a[4]); err != nil {
			return runtime.None, err
		}
	}
	tls := c.h.tls
	cname := cstring(tls, name)
	cmain := cstring(tls, "main")
	defer cfree(tls, cname)
	defer cfree(tls, cmain)
	bck := sqlite.Xsqlite3_backup_init(tls, target.h.db, cmain, c.h.db, cname)
	if bck == 0 {
		return runtime.None, dbError(tls, target.h.db)
	}
	for {
		rc := sqlite.Xsqlite3_backup_step(tls, bck, int32(pages))
		if !progress.IsNull() && !progress.IsNone() {
			remaining := sqlite.Xsqlite3_backup_remaining(tls, bck)
			total := sqlite.Xsqlite3_backup_pagecount(tls, bck)
			if _, err := runtime.Call(progress, []value{runtime.Int(int64(rc)), runtime.Int(int64(remaining)), runtime.Int(int64(total))}, nil); err != nil {
				sqlite.Xsqlite3_backup_finish(tls, bck)
				return runtime.None, err
			}
		}
		if rc == sqlite.SQLITE_BUSY || rc == sqlite.SQLITE_LOCKED {
			if err := runtime.Sleep(time.Duration(sleep * float64(time.Second))); err != nil {
				sqlite.Xsqlite3_backup_finish(tls, bck)
				return runtime.None, err
			}
			continue
		}
		if rc != sqlite.SQLITE_OK {
			break
		}
	}
	if rc := sqlite.Xsqlite3_backup_finish(tls, bck); rc != sqlite.SQLITE_OK {
		return runtime.None, dbError(tls, target.h.db)
	}
	return runtime.None, nil
}

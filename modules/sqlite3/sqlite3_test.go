// This file tests the module's Go internals without an interpreter:
// statement classification, opening and querying through the Connection
// and Cursor slots, a Go callable as an SQL function, and connections used
// from several goroutines at once (run with -race).
package sqlite3mod

import (
	"fmt"
	"sync"
	"testing"

	"krait/runtime"
)

func TestIsDML(t *testing.T) {
	cases := map[string]bool{
		"insert into t values (1)": true, "  UPDATE t set x=1": true, "-- c\n/* d */ delete from t": true,
		"Replace into t values (1)": true, "select 1": false, "create table t(x)": false, "": false,
		"-- only a comment": false, "/* unterminated": false, "with x as (select 1) insert into t select * from x": false,
	}
	for sql, want := range cases {
		if got := isDML(sql); got != want {
			t.Errorf("isDML(%q) = %v, want %v", sql, got, want)
		}
	}
}

func TestOnlyCommentsLeft(t *testing.T) {
	cases := map[string]bool{"": true, " ; ;\n": true, "-- x": true, "/* a */ -- b\n ;": true, "select 2": false, "; x": false}
	for tail, want := range cases {
		if got := onlyCommentsLeft(tail); got != want {
			t.Errorf("onlyCommentsLeft(%q) = %v, want %v", tail, got, want)
		}
	}
}

// openMemory opens a :memory: connection through the type's slots.
func openMemory(t *testing.T) value {
	t.Helper()
	initState()
	conn, err := connection_new(state.ConnectionType, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := connection_init(conn, []value{runtime.StrValue(":memory:")}, nil); err != nil {
		t.Fatal(err)
	}
	return conn
}

// query runs sql with params on a new cursor and returns fetchall()'s list.
func query(t *testing.T, conn value, sql string, params ...value) []value {
	t.Helper()
	cur, err := connection_cursor(conn, []value{{}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cursor_execute(cur, []value{runtime.StrValue(sql), runtime.NewTuple(params).Value()}); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	rows, err := cursor_fetchall(cur, nil)
	if err != nil {
		t.Fatal(err)
	}
	items, _ := runtime.IterItems(rows)
	return items
}

func reprOf(t *testing.T, v value) string {
	s, err := runtime.Repr(v)
	if err != nil {
		t.Fatal(err)
	}
	return s.S
}

func TestQueryTypes(t *testing.T) {
	conn := openMemory(t)
	query(t, conn, "create table t(a, b, c, d, e)")
	query(t, conn, "insert into t values (?, ?, ?, ?, ?)", runtime.Int(1), runtime.Float(2.5),
		runtime.StrValue("é"), runtime.NewBytes([]byte{0, 1}), runtime.None)
	rows := query(t, conn, "select * from t")
	if len(rows) != 1 {
		t.Fatalf("got %d rows", len(rows))
	}
	if got, want := reprOf(t, rows[0]), `(1, 2.5, 'é', b'\x00\x01', None)`; got != want {
		t.Errorf("row = %s, want %s", got, want)
	}
	if _, err := connection_close(conn, nil); err != nil {
		t.Fatal(err)
	}
	if err := connOf(conn).checkConnection(); err == nil || err.Error() == "" {
		t.Errorf("closed connection passes the check")
	}
}

func TestGoFunction(t *testing.T) {
	conn := openMemory(t)
	m := &runtime.Method{Name: "twice", Sig: "x, /", Fn: func(_ value, a []value) (value, *exc) {
		return runtime.BinaryOp(a[0], a[0], runtime.NbAdd)
	}}
	fn := runtime.NewBuiltinFunction(m, runtime.None, "test")
	if _, err := connection_create_function(conn, []value{runtime.StrValue("twice"), runtime.Int(1), fn, {}}); err != nil {
		t.Fatal(err)
	}
	rows := query(t, conn, "select twice(21), twice('ab')")
	if got := reprOf(t, rows[0]); got != "(42, 'abab')" {
		t.Errorf("twice = %s", got)
	}
}

func TestConcurrentConnections(t *testing.T) {
	initState()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			h, err := openDB(":memory:", false, 1000, true)
			if err != nil {
				errs <- fmt.Errorf("open: %v", err)
				return
			}
			defer h.close(false)
			c := &connection{h: h, initialized: true, cache: newStmtCache(8)}
			for i := 0; i < 50; i++ {
				if err := c.exec(fmt.Sprintf("create table t%d(x)", i)); err != nil {
					errs <- fmt.Errorf("goroutine %d: %v", g, err)
					return
				}
			}
			newCallback(runtime.None)
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

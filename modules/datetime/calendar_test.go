// This file tests the calendar arithmetic and the half-even division
// against Go's time package and direct definitions.

package datetime

import (
	"math/big"
	"testing"
	"time"

	"krait/runtime"
)

func TestOrdinalRoundTrip(t *testing.T) {
	day := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	for n := 1; n <= maxOrdinal; n += 7 {
		y, m, d := ordToYMD(n)
		want := day.AddDate(0, 0, n-1)
		if y != want.Year() || m != int(want.Month()) || d != want.Day() {
			t.Fatalf("ordToYMD(%d) = %d-%d-%d, want %s", n, y, m, d, want.Format("2006-01-02"))
		}
		if got := ymdToOrd(y, m, d); got != n {
			t.Fatalf("ymdToOrd(%d, %d, %d) = %d, want %d", y, m, d, got, n)
		}
		if wd := weekday(y, m, d); wd != (int(want.Weekday())+6)%7 {
			t.Fatalf("weekday(%d-%d-%d) = %d", y, m, d, wd)
		}
	}
}

func TestDivideNearest(t *testing.T) {
	cases := []struct{ a, b, want int64 }{
		{3, 2, 2}, {5, 2, 2}, {-3, 2, -2}, {-5, 2, -2}, {3, -2, -2}, {5, -2, -2}, {7, 2, 4}, {1, 3, 0}, {2, 3, 1}, {-2, 3, -1},
	}
	for _, c := range cases {
		q, err := divideNearest(runtime.Int(c.a), runtime.Int(c.b))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := bigOfInt(q)
		if got.Cmp(big.NewInt(c.want)) != 0 {
			t.Errorf("divideNearest(%d, %d) = %s, want %d", c.a, c.b, got, c.want)
		}
	}
}

func TestFormatOffset(t *testing.T) {
	for _, c := range []struct {
		d    Delta
		want string
	}{
		{Delta{days: 0, seconds: 3600}, "+01:00"},
		{Delta{days: -1, seconds: 86399}, "-00:00:01"},
		{Delta{days: -1, seconds: 82769, us: 500000}, "-01:00:30.500000"},
		{Delta{days: 0, seconds: 61, us: 5}, "+00:01:01.000005"},
	} {
		if got := formatOffset(&c.d, ":"); got != c.want {
			t.Errorf("formatOffset(%+v) = %q, want %q", c.d, got, c.want)
		}
	}
}

// This file tests strftime against python3.11's time.strftime (glibc) on
// random broken-down times and formats.

package time

import (
	"encoding/hex"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"krait/internal/pyoracle"
)

func TestStrftimeOracle(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	convs := "aAbBcCdDeFgGhHIjklmMnprRsStTuUVwWxXyYzZ%QE"
	flags := []string{"", "", "", "-", "_", "0", "^", "#", "10", "_5", "-3", "03"}
	var input []string
	var tms []*tm
	var formats []string
	for i := 0; i < 3000; i++ {
		year := rng.Intn(4000) - 500
		if rng.Intn(4) == 0 {
			year = rng.Intn(200000) - 100000
		}
		tt := &tm{year: year, mon: rng.Intn(12), mday: 1 + rng.Intn(31), hour: rng.Intn(24), min: rng.Intn(60),
			sec: rng.Intn(62), wday: rng.Intn(7), yday: rng.Intn(366), isdst: rng.Intn(2)}
		var f strings.Builder
		for j := 0; j < 1+rng.Intn(4); j++ {
			c := convs[rng.Intn(len(convs))]
			if c == 's' || c == 'E' {
				continue // %s depends on the local zone, %E alone is checked elsewhere
			}
			f.WriteString("%" + flags[rng.Intn(len(flags))] + string(c) + "|")
		}
		tms = append(tms, tt)
		formats = append(formats, f.String())
		input = append(input, fmt.Sprintf("%d %d %d %d %d %d %d %d %d %s", tt.year, tt.mon+1, tt.mday, tt.hour, tt.min,
			tt.sec, (tt.wday+6)%7, tt.yday+1, tt.isdst, f.String()))
	}
	script := `import sys, time
for line in sys.stdin:
    f = line.rstrip('\n').split(' ', 9)
    print(time.strftime(f[9], tuple(int(x) for x in f[:9])).encode().hex())`
	want := pyoracle.Lines(t, script, input)
	fails := 0
	for i, tt := range tms {
		tt.zone = []string{"UTC", "UTC"}[tt.isdst]
		got := strftime(formats[i], tt)
		w, _ := hex.DecodeString(want[i])
		if got != string(w) {
			if fails++; fails <= 20 {
				t.Errorf("strftime(%q, %s): got %q, want %q", formats[i], input[i], got, w)
			}
		}
	}
}

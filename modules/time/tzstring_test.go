// This file tests time zones from POSIX TZ strings against python3.11
// (glibc's tzset and localtime).

package time

import (
	"fmt"
	"strings"
	"testing"
	gotime "time"

	"krait/internal/pyoracle"
)

func TestTZRulesOracle(t *testing.T) {
	rules := []string{"EST+05EDT,M3.2.0,M11.1.0", "AEST-10AEDT-11,M10.5.0,M3.5.0", "CET-1CEST,M3.5.0,M10.5.0/3",
		"<+03>-3", "IST-5:30", "NZST-12NZDT,M9.5.0,M4.1.0/3", "XYZ", "EST5"}
	secs := []int64{0, 1e9, 1.6e9, 1.7e9 + 86400*180} // glibc differs before 1970
	var input []string
	for _, r := range rules {
		for _, s := range secs {
			input = append(input, fmt.Sprintf("%s %d", r, s))
		}
	}
	want := pyoracle.Lines(t, `import sys, os, time
for line in sys.stdin:
    tz, s = line.split()
    os.environ['TZ'] = tz
    time.tzset()
    t = time.localtime(int(s))
    print(t[:9], t.tm_zone, t.tm_gmtoff)`, input)
	for i, in := range input {
		f := strings.Fields(in)
		var s int64
		fmt.Sscan(f[1], &s)
		loc, ok := locationFromRule(f[0])
		if !ok {
			loc = gotime.FixedZone(ruleName(f[0]), 0)
		}
		tt := tmOf(gotime.Unix(s, 0).In(loc))
		got := fmt.Sprintf("(%d, %d, %d, %d, %d, %d, %d, %d, %d) %s %d", tt.year, tt.mon+1, tt.mday, tt.hour, tt.min,
			tt.sec, (tt.wday+6)%7, tt.yday+1, tt.isdst, tt.zone, tt.gmtoff)
		if got != want[i] {
			t.Errorf("%s: got %s, want %s", in, got, want[i])
		}
	}
}

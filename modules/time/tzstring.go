// This file defines time zones from POSIX TZ strings ("EST+05EDT,M3.2.0,
// M11.1.0"), as the C library's tzset reads them. Go parses such a rule
// only as the footer of a TZif file, so locationFromRule wraps the string
// in a minimal TZif version 2 file with no transitions.

package time

import (
	"encoding/binary"
	gotime "time"
)

// tzifBlock is one TZif header and data block with a single local time
// type (UTC) and no transitions; big selects 64-bit transition times.
func tzifBlock(version byte) []byte {
	var b []byte
	b = append(b, "TZif"...)
	b = append(b, version)
	b = append(b, make([]byte, 15)...)
	// isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
	for _, n := range []uint32{0, 0, 0, 0, 1, 4} {
		b = binary.BigEndian.AppendUint32(b, n)
	}
	b = binary.BigEndian.AppendUint32(b, 0) // utoff
	b = append(b, 0, 0)                     // isdst, abbrind
	b = append(b, "UTC\x00"...)
	return b
}

// locationFromRule returns the zone the POSIX TZ string rule describes,
// or false when Go cannot parse it.
func locationFromRule(rule string) (*gotime.Location, bool) {
	data := append(tzifBlock('2'), tzifBlock('2')...)
	data = append(data, '\n')
	data = append(data, rule...)
	data = append(data, '\n')
	loc, err := gotime.LoadLocationFromTZData(rule, data)
	if err != nil {
		return nil, false
	}
	// Go falls back to UTC silently for a rule it cannot use: check that
	// the rule's own zone name comes out.
	name, _ := gotime.Unix(0, 0).In(loc).Zone()
	if name == "UTC" && (len(rule) < 3 || rule[:3] != "UTC") {
		return nil, false
	}
	return loc, true
}

// ruleName is the leading zone name of an unusable TZ string, which glibc
// uses with a zero offset.
func ruleName(rule string) string {
	i := 0
	if i < len(rule) && rule[i] == '<' {
		for i < len(rule) && rule[i] != '>' {
			i++
		}
		return rule[1:i]
	}
	for i < len(rule) && (rule[i] >= 'A' && rule[i] <= 'Z' || rule[i] >= 'a' && rule[i] <= 'z') {
		i++
	}
	if i == 0 {
		return "UTC"
	}
	return rule[:i]
}

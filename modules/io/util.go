// This file defines small helpers shared by the _io types.

package pyio

import "strconv"

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

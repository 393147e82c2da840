// This file defines the runtime entry points the fork helper's command-line
// work needs.

package runtime

// SetIntMaxStrDigits sets the int/str conversion digit limit at start-up
// (-X int_max_str_digits, PYTHONINTMAXSTRDIGITS); 0 means no limit.
func SetIntMaxStrDigits(n int) { intMaxStrDigits = n }

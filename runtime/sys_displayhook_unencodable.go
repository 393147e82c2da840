// This file defines how sys.displayhook writes a repr that sys.stdout's
// encoding cannot encode, as CPython's sys_displayhook_unencodable does.

package runtime

// displayUnencodable writes repr to sys.stdout with the characters its
// encoding lacks escaped (backslashreplace): as bytes to stdout.buffer when
// it has one, else decoded back and written as text.
func displayUnencodable(repr string) *Exception {
	out := sysGet("stdout")
	encv, err := GetAttrString(out, "encoding")
	if err != nil {
		return err
	}
	enc, err := StrOf(encv)
	if err != nil {
		return err
	}
	b, err := callMethodByName(StrValue(repr), "encode", enc.Value(), StrValue("backslashreplace"))
	if err != nil {
		return err
	}
	if buf, err := GetAttrString(out, "buffer"); err == nil {
		_, err = callMethodByName(buf, "write", b)
		return err
	} else if !err.Matches(AttributeErrorType) {
		return err
	}
	s, err := callMethodByName(b, "decode", enc.Value(), StrValue("strict"))
	if err != nil {
		return err
	}
	_, err = callMethodByName(out, "write", s)
	return err
}

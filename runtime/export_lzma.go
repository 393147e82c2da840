// This file exports runtime helpers the lzma branch's modules (_symtable)
// need.

package runtime

// FSPath converts a file name argument (str, bytes or os.PathLike) to a
// string, as PyUnicode_FSDecoder does.
func FSPath(v Value) (string, *Exception) { return fsPathString(v) }

// This file registers the Go layouts of the module's types for the heap
// walk (runtime/gcwalk_reflect.go), so that what they hold is seen.

package pyio

import rt "krait/runtime"

func init() {
	rt.RegisterLayouts(func() {
		rt.RegisterGoLayout[textIO](textiowrapperType)
		rt.RegisterGoLayout[stringIO](stringioType)
		rt.RegisterGoLayout[bytesIO](bytesioType)
		rt.RegisterGoLayout[fileIO](fileioType)
		rt.RegisterGoLayout[buffered](bufferedReaderType, bufferedWriterType, bufferedRandomType)
		rt.RegisterGoLayout[rwPair](bufferedRWPairType)
		rt.RegisterGoLayout[nlDecoderObj](nlDecoderType)
		rt.RegisterGoLayout[object](iobaseType, rawiobaseType, bufferediobaseType, textiobaseType)
	})
}

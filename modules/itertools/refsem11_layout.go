// This file registers the Go layouts of the module's types for the heap
// walk (runtime/gcwalk_reflect.go), so that what they hold is seen.

package itertools

import "krait/runtime"

func init() {
	runtime.RegisterLayouts(func() {
		runtime.RegisterGoLayout[accumulateObject](accumulateType)
		runtime.RegisterGoLayout[chainObject](chainType)
		runtime.RegisterGoLayout[combObject](combinationsType, permutationsType)
		runtime.RegisterGoLayout[compressObject](compressType)
		runtime.RegisterGoLayout[countObject](countType)
		runtime.RegisterGoLayout[cycleObject](cycleType)
		runtime.RegisterGoLayout[predObject](dropwhileType, takewhileType, filterfalseType)
		runtime.RegisterGoLayout[groupbyObject](groupbyType)
		runtime.RegisterGoLayout[grouperObject](grouperType)
		runtime.RegisterGoLayout[isliceObject](isliceType)
		runtime.RegisterGoLayout[pairwiseObject](pairwiseType)
		runtime.RegisterGoLayout[productObject](productType)
		runtime.RegisterGoLayout[repeatObject](repeatType)
		runtime.RegisterGoLayout[starmapObject](starmapType)
		runtime.RegisterGoLayout[teeObject](teeType)
		runtime.RegisterGoLayout[teeData](teeDataType)
		runtime.RegisterGoLayout[zipLongestObject](zipLongestType)
	})
}

// Package itertools is the itertools module: lazy iterators over
// iterables (count, cycle, repeat, accumulate, chain, compress, dropwhile,
// filterfalse, groupby, islice, pairwise, starmap, takewhile, tee,
// zip_longest) and the combinatoric ones (product, permutations,
// combinations, combinations_with_replacement), each a Go iterator type
// with a Next slot.
package itertools

import (
	"sync"

	"krait/runtime"
)

// Module is the definition of itertools.
var Module = &runtime.ModuleDef{
	Name: "itertools",
	Doc: "Lazy iterators for building loops.\n\n" +
		"Infinite iterators: count, cycle, repeat.\n" +
		"Iterators ending on the shortest input: accumulate, chain, chain.from_iterable,\n" +
		"compress, dropwhile, filterfalse, groupby, islice, pairwise, starmap,\n" +
		"takewhile, tee, zip_longest.\n" +
		"Combinatoric generators: product, permutations, combinations,\n" +
		"combinations_with_replacement.",
	Methods: []runtime.Method{
		{Name: "tee", Fn: itertools_tee, Sig: "*args, **kwargs", Params: "iterable, n=, /",
			Doc: "tee(iterable, n=2, /)\n\nn independent iterators over the items of one iterable."},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		typesOnce.Do(initTypes)
		for _, t := range []*runtime.Type{
			accumulateType, chainType, combinationsType, cwrType, compressType, countType, cycleType,
			dropwhileType, filterfalseType, groupbyType, isliceType, pairwiseType, permutationsType,
			productType, repeatType, starmapType, takewhileType, zipLongestType,
			grouperType, teeType, teeDataType,
		} {
			m.SetAttr(typeName(t), t.Value())
		}
		return nil
	},
}

// typesOnce creates the iterator types on the module's first import (Exec),
// not at process start-up: most programs never import itertools, and Go's
// package initialization touched their pages only for cmd/krait to drop
// them (dropInitPages).
var typesOnce sync.Once

// initTypes creates the types, in the order their files' init functions ran.
func initTypes() {
	initAccumulate()
	initChain()
	initCombinatorics()
	initCount()
	initCycle()
	initFilters()
	initGroupby()
	initIslice()
	initPairwise()
	initProduct()
	initRepeat()
	initStarmap()
	initTee()
	initZipLongest()
}

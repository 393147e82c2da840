// This file builds the module's shared big.Int tables on its first import
// rather than in Go's package initialization, which runs in every Krait
// process: the 1,344 numbers (about 2,800 allocations) were a tenth of
// all the allocations of `krait -c pass`. Until the tables exist, pow10,
// halfPow10 and decFromInt compute their results (they check the table's
// length), so code that runs before an import stays correct.

package cdecimal

import "math/big"

// buildTables fills smallCoefs, pow10Cache, halfCache and bigTenInverse;
// initTypes calls it once.
func buildTables() {
	coefs := make([]*big.Int, 1024)
	for i := range coefs {
		coefs[i] = big.NewInt(int64(i))
	}
	pows := make([]*big.Int, 256)
	p, ten := big.NewInt(1), big.NewInt(10)
	for i := range pows {
		pows[i] = new(big.Int).Set(p)
		p.Mul(p, ten)
	}
	halves := make([]*big.Int, 64)
	five := big.NewInt(5)
	for i := 1; i < len(halves); i++ {
		halves[i] = new(big.Int).Mul(pows[i-1], five)
	}
	smallCoefs, pow10Cache, halfCache = coefs, pows, halves
	tenInverse()
}

// tenInverse returns the inverse of 10 modulo the hash modulus (hash of a
// Decimal with a negative exponent), computed once.
func tenInverse() *big.Int {
	if bigTenInverse == nil {
		bigTenInverse = new(big.Int).Exp(big.NewInt(10), big.NewInt(hashModulus-2), bigHashModulus)
	}
	return bigTenInverse
}

// This file builds the integer cases of the math differential test.

package math

import (
	"fmt"
	"math/big"
	"math/rand"
)

func randBig(r *rand.Rand) *big.Int {
	switch r.Intn(4) {
	case 0:
		return big.NewInt(int64(r.Intn(60) - 5))
	case 1:
		return big.NewInt(r.Int63n(1<<40) - 1000)
	case 2:
		n := new(big.Int).Rand(r, new(big.Int).Lsh(big.NewInt(1), uint(r.Intn(3000))))
		if r.Intn(4) == 0 {
			n.Neg(n)
		}
		return n
	}
	return new(big.Int).Lsh(big.NewInt(1), uint(r.Intn(2200)))
}

func intCases(r *rand.Rand) []mathCase {
	var cs []mathCase
	add := func(name, in, got string) { cs = append(cs, mathCase{name, name + " " + in, got}) }
	i := func(n *big.Int) string { return "i:" + n.String() }
	for k := 0; k < 400; k++ {
		a, b := randBig(r), randBig(r)
		add("isqrt", i(a), resI(Isqrt(a)))
		add("gcd", i(a)+" "+i(b), resI(Gcd(a, b), nil))
		add("lcm", i(a)+" "+i(b), resI(Lcm(a, b), nil))
		add("log", i(a), res(LogInt(a)))
		add("log2", i(a), res(Log2Int(a)))
		add("log10", i(a), res(Log10Int(a)))
		if a.Sign() > 0 && b.Sign() > 0 {
			n1, _ := LogInt(a)
			n2, _ := LogInt(b)
			add("logb", i(a)+" "+i(b), res(LogBase(n1, n2)))
		}
		n := big.NewInt(int64(r.Intn(300) - 3))
		m := big.NewInt(int64(r.Intn(300) - 3))
		add("factorial", i(n), resI(Factorial(n)))
		add("comb", i(n)+" "+i(m), resI(Comb(n, m)))
		add("perm", i(n)+" "+i(m), resI(Perm(n, m)))
		if a.Sign() >= 0 && a.BitLen() < 200 {
			add("comb", i(a)+" "+i(m), resI(Comb(a, m)))
			add("perm", i(a)+" "+i(m), resI(Perm(a, m)))
		}
	}
	big1 := new(big.Int).Lsh(big.NewInt(1), 70)
	add("factorial", i(big1), resI(Factorial(big1)))
	add("comb", i(new(big.Int).Lsh(big1, 2))+" "+i(big1), resI(Comb(new(big.Int).Lsh(big1, 2), big1)))
	add("perm", i(new(big.Int).Lsh(big1, 2))+" "+i(big1), resI(Perm(new(big.Int).Lsh(big1, 2), big1)))
	add("gcd", "", resI(Gcd(), nil))
	add("lcm", "", resI(Lcm(), nil))
	three := []*big.Int{big.NewInt(12), big.NewInt(-18), big.NewInt(30)}
	add("gcd", fmt.Sprintf("i:12 i:-18 i:30"), resI(Gcd(three...), nil))
	add("lcm", fmt.Sprintf("i:12 i:-18 i:30"), resI(Lcm(three...), nil))
	return cs
}

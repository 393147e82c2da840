# decimal_work: money arithmetic with decimal: loan amortization schedules
# with quantize to cents, compound interest, ledger sums, currency
# conversion and allocation, tax and discounts, and formatted reports.
import sys
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, localcontext


def size(full, small):
    if len(sys.argv) < 2:
        return full
    return small if sys.argv[1] == "small" else int(sys.argv[1])


CENT = Decimal("0.01")
RATES = [Decimal(r) for r in ("0.0325", "0.045", "0.0599", "0.0715", "0.01875")]
FX = {"EUR": Decimal("0.9213"), "GBP": Decimal("0.7871"), "JPY": Decimal("151.37"), "CHF": Decimal("0.9034")}


def amortize(principal, annual_rate, months):
    """Monthly payment and the schedule's totals, each step rounded to cents."""
    r = annual_rate / 12
    factor = (1 + r) ** months
    payment = (principal * r * factor / (factor - 1)).quantize(CENT, rounding=ROUND_HALF_UP)
    balance = principal
    interest_total = Decimal(0)
    for _ in range(months):
        interest = (balance * r).quantize(CENT, rounding=ROUND_HALF_EVEN)
        interest_total += interest
        balance = balance + interest - payment
        if balance < 0:
            balance = Decimal(0)
    return payment, interest_total, balance


def ledger(n):
    total = Decimal(0)
    debit = Decimal(0)
    taxes = Decimal(0)
    for i in range(n):
        amount = Decimal(i * 7919 % 100000) / 100
        if i % 3 == 0:
            debit -= amount
        else:
            total += amount
        tax = (amount * Decimal("0.0825")).quantize(CENT)
        taxes += tax
        discount = (amount * (i % 15) / 100).quantize(CENT, rounding=ROUND_DOWN)
        total -= discount
    return total, debit, taxes


def convert(n):
    sums = {k: Decimal(0) for k in FX}
    for i in range(n):
        usd = Decimal(i % 5000 + 1) + Decimal(i % 100) / 100
        for code, rate in FX.items():
            sums[code] += (usd * rate).quantize(CENT)
    return sums


def allocate(total, weights):
    """Split total by weights into cents that add up exactly."""
    wsum = sum(weights)
    shares = [(total * w / wsum).quantize(CENT, rounding=ROUND_DOWN) for w in weights]
    rest = total - sum(shares)
    i = 0
    while rest > 0:
        shares[i % len(shares)] += CENT
        rest -= CENT
        i += 1
    return shares


def report(rows):
    out = []
    for name, amount, rate in rows:
        out.append(f"{name:<10}{amount:>14,.2f}{rate:>9.3%}")
    return out


def main():
    n = size(800000, 200)
    loans = 0
    checksum = Decimal(0)
    for i in range(max(1, n // 400)):
        principal = Decimal(50000 + i * 1375) + Decimal(i % 100) / 100
        payment, interest, balance = amortize(principal, RATES[i % len(RATES)], 120 + i % 240)
        checksum += payment + interest + balance
        loans += 1
    print(loans, checksum)
    print(*ledger(n))
    print(sorted(convert(n // 4).items()))
    allocated = Decimal(0)
    for i in range(n // 20):
        shares = allocate(Decimal(1000 + i) + Decimal("0.07"), [1, 2, 3, 5, 7 + i % 4])
        allocated += shares[-1]
    print(allocated)
    rows = [(f"acct{i}", Decimal(i * 104729 % 10000000) / 100, RATES[i % 5]) for i in range(n // 10)]
    lines = report(rows)
    print(len(lines), lines[0], lines[-1], sum(len(l) for l in lines))
    with localcontext() as ctx:
        ctx.prec = 50
        x = sum(Decimal(1) / Decimal(k) for k in range(1, n // 10))
        print(x, x.sqrt(), (x * 3).quantize(Decimal("1e-20")))


main()

// This file defines how a dict's resize moves its entries into the new,
// empty tables: the live entries in one bulk copy (one write-barrier pass
// over the block rather than a barrier per key and value and a store of the
// slice header per entry, which dominated growing big memo dicts while the
// collector was marking), then the indices from the stored hashes.

package runtime

// refill appends old's live entries to d's empty tables in order.
func (d *Dict) refill(old []dictEntry) {
	if d.used == len(old) { // no deleted entries: one contiguous run
		d.entries = append(d.entries, old...)
	} else {
		es := d.entries
		for i := range old {
			if !old[i].key.IsNull() {
				es = append(es, old[i])
			}
		}
		d.entries = es
	}
	ix, mask := d.indices, uint64(len(d.indices)-1)
	for i := range d.entries {
		// A fresh table has no dummies: the first empty slot is free.
		h := uint64(d.entries[i].hash)
		perturb, j := h, h&mask
		for ix[j] >= 0 {
			perturb >>= perturbShift
			j = (j*5 + perturb + 1) & mask
		}
		ix[j] = int32(i)
	}
}

namespace MedDocs.Core.Phi.Tagging;

/// <summary>
/// Feature hash → weight row, open addressing with linear probing. Only features with a non-zero weight are stored,
/// so the table stays small enough to sit mostly in cache; a miss means "adds nothing to any score".
/// </summary>
internal sealed class FeatureRowTable
{
    // Key and row side by side: one probe touches one cache line. Hash 0 marks an empty slot (a feature whose hash
    // is 0 is kept aside in _zeroRow).
    private readonly Slot[] _slots;
    private readonly int _mask;
    private int _zeroRow = -1;

    private struct Slot
    {
        public ulong Hash;
        public int Row;
    }

    public FeatureRowTable(int capacity)
    {
        // Filled up to 70%: half the memory of a half-full table, and most probes still end in the first cache line.
        int size = 16;
        while (size * 7L / 10 < capacity)
        {
            size *= 2;
        }
        _slots = new Slot[size];
        _mask = size - 1;
    }

    public void Add(ulong hash, int row)
    {
        if (hash == 0)
        {
            _zeroRow = row;
            return;
        }
        int i = (int)Mix(hash) & _mask;
        while (_slots[i].Hash != 0)
        {
            if (_slots[i].Hash == hash)
            {
                throw new InvalidDataException($"The PHI tagger model holds two features with the hash {hash:x16}; retrain it (docs/phi.md, \"The learned tagger\").");
            }
            i = (i + 1) & _mask;
        }
        _slots[i] = new Slot { Hash = hash, Row = row };
    }

    /// <summary>The row of <paramref name="hash"/>, or -1 when the feature has no weight.</summary>
    public int RowOf(ulong hash)
    {
        if (hash == 0)
        {
            return _zeroRow;
        }
        var slots = _slots;
        int i = (int)Mix(hash) & _mask;
        while (true)
        {
            ref var slot = ref slots[i];
            if (slot.Hash == hash)
            {
                return slot.Row;
            }
            if (slot.Hash == 0)
            {
                return -1;
            }
            i = (i + 1) & _mask;
        }
    }

    // The feature hash's low bits depend only on the low bits of its chars: mix all bits down (MurmurHash3's finaliser).
    private static ulong Mix(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        return hash ^ (hash >> 33);
    }
}

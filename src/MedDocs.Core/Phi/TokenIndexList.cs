namespace MedDocs.Core.Phi;

/// <summary>
/// A growable list of token indices in rising order, reused across texts (no allocation per Find once grown).
/// </summary>
internal sealed class TokenIndexList
{
    /// <summary>A list grown past this many indices by one huge text is dropped after use, so it does not pin memory per thread.</summary>
    private const int KeptCapacity = 16_384;

    private int[] _items = new int[64];

    public int Count { get; private set; }

    public int this[int n] => _items[n];

    public void Add(int index)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }
        _items[Count++] = index;
    }

    /// <summary>Adds <paramref name="index"/> unless the list already ends with it (indices arrive in rising order).</summary>
    public void AddOnce(int index)
    {
        if (Count == 0 || _items[Count - 1] < index)
        {
            Add(index);
        }
    }

    public void Clear()
    {
        Count = 0;
        if (_items.Length > KeptCapacity)
        {
            _items = new int[64];
        }
    }
}

namespace MedDocs.Simulator;

/// <summary>Formats an embedding component (|v| ≤ 1, already rounded to 6 decimals) as "-0.012345".
/// Cheaper than general shortest-round-trip float formatting, and a batch of 64 × 768 vectors is ~50,000 numbers.</summary>
internal static class FixedDecimalFormatter
{
    public const int MaxLength = 9; // "-1.000000"

    public static int Format(float value, Span<byte> destination)
    {
        long scaled = (long)Math.Round(value * 1_000_000.0);
        int position = 0;
        if (scaled < 0)
        {
            destination[position++] = (byte)'-';
            scaled = -scaled;
        }

        destination[position++] = (byte)('0' + (scaled / 1_000_000));
        destination[position++] = (byte)'.';
        long fraction = scaled % 1_000_000;
        for (long divisor = 100_000; divisor >= 1; divisor /= 10)
        {
            destination[position++] = (byte)('0' + (fraction / divisor % 10));
        }

        return position;
    }
}

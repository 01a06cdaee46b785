namespace MedDocs.Core.Phi;

/// <summary>
/// The runs of ASCII digits of one text, found once (by <see cref="NumberShapes.Of(string, List{int})"/>, which walks them
/// anyway) and then stepped through by every rule that starts at digit runs (numeric dates, month/year, street
/// numbers), instead of each searching the text for digits again. <see cref="FindingSink.DigitRunList"/> holds it.
/// </summary>
internal sealed class DigitRunList(List<int> bounds)
{
    /// <summary>Start and end of each run, in text order: start0, end0, start1, end1 …</summary>
    private readonly List<int> _bounds = bounds;

    /// <summary>A cursor from the start of the text: <see cref="Cursor.Next"/> and <see cref="Cursor.End"/> as <see cref="DigitRuns"/>' own.</summary>
    public Cursor Walk() => new(_bounds);

    /// <summary>Steps forward only: each <see cref="Next"/> must ask from at or after the previous one.</summary>
    internal struct Cursor(List<int> bounds)
    {
        private int _run;

        /// <summary>Offset of the first digit at or after <paramref name="from"/>, or -1 (<see cref="DigitRuns.Next"/>).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public int Next(int from)
        {
            while (_run * 2 < bounds.Count && bounds[_run * 2 + 1] <= from)
            {
                _run++;
            }
            return _run * 2 < bounds.Count ? Math.Max(bounds[_run * 2], from) : -1;
        }

        /// <summary>End of the digit run holding <paramref name="start"/>, the offset <see cref="Next"/> just gave (<see cref="DigitRuns.End"/>).</summary>
        public readonly int End(int start)
        {
            System.Diagnostics.Debug.Assert(start >= bounds[_run * 2] && start < bounds[_run * 2 + 1]);
            return bounds[_run * 2 + 1];
        }
    }
}

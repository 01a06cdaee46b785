namespace MedDocs.Core.Phi;

/// <summary>
/// Per-note working arrays (tokens, their hashes, lexicon entries and name classes, letter and digit runs) that one
/// <see cref="PhiRulesEngine.Find"/> uses and the next on the same thread reuses: allocated per note they were ~9 bytes
/// per character of fresh memory, zeroed and then missed in the cache. Rented for one Find and returned when it ends;
/// a thread holds one spare, and a Find that finds none in place (a nested call) builds its own.
/// </summary>
internal sealed class PhiScratch
{
    [ThreadStatic]
    private static PhiScratch? t_spare;

    public Token[] Tokens = new Token[256];
    public uint[] Hashes = new uint[256];

    /// <summary>How many tokens the last text had: the next one clears what it leaves of them (<see cref="TextTokens"/>).</summary>
    public int TokensUsed;

    public LexiconEntry[] Entries = new LexiconEntry[256];
    public bool[] Looked = new bool[256];
    public NameClass[] NameClasses = new NameClass[256];
    public readonly List<int> LetterRunBounds = new(256);
    public readonly List<int> DigitRunBounds = new(64);

    /// <summary>This thread's spare, or a new one when it is in use.</summary>
    public static PhiScratch Rent()
    {
        var scratch = t_spare ?? new PhiScratch();
        t_spare = null;
        return scratch;
    }

    /// <summary>Arrays grown past this many tokens (a document of ~200,000 characters) are not kept: a thread holds at most ~2 MB.</summary>
    private const int MaxKeptTokens = 1 << 16;

    /// <summary>Gives the arrays back for the next Find on this thread; nothing of the text may be used after.</summary>
    public void Return()
    {
        if (Tokens.Length <= MaxKeptTokens && LetterRunBounds.Capacity <= 2 * MaxKeptTokens && DigitRunBounds.Capacity <= 2 * MaxKeptTokens)
        {
            t_spare = this;
        }
    }
}

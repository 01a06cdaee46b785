namespace MedDocs.Core.Phi;

/// <summary>
/// Endings of English verbs and abstract nouns that names hardly have ("ambulates", "tolerating", "mobilized", "weakness"):
/// a lower-case word the lists do not know but ending so is read as vocabulary where a name would need a capital.
/// </summary>
internal static class WordEndings
{
    private static readonly string[] VerbAndNounEndings =
    [
        "ates", "ated", "ating", "izes", "ized", "izing", "ises", "ised", "ising", "ifies", "ified", "ifying", "ness", "ment", "ments",
        "tion", "tions", "sion", "ably", "ively", "ously", "fully", "lessly", "ingly",
    ];

    /// <summary>Whether <paramref name="word"/> (5 letters or more) ends like an English verb or abstract noun.</summary>
    public static bool IsVerbOrAbstractNoun(ReadOnlySpan<char> word)
    {
        if (word.Length < 5)
        {
            return false;
        }
        foreach (var ending in VerbAndNounEndings)
        {
            if (word.Length > ending.Length + 1 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

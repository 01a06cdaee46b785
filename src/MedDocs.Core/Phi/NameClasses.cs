namespace MedDocs.Core.Phi;

/// <summary>
/// What the lexicon-only name rules of <see cref="ContextNameRules"/> (a given name + surname pair, a lone word, a lower-case
/// "surname, given") need of a
/// word's <see cref="LexiconEntry"/> before they look at anything else. <see cref="NameClassFilter"/> answers these from a
/// word's hash without the large lexicon table: about a fifth of the words of a note are listed names (mostly surnames that
/// are English words: "young", "hall", "rice"), and one name filter let them all through to a table lookup.
/// </summary>
[Flags]
internal enum NameClass : byte
{
    None = 0,

    /// <summary>May start a pair as its given name: listed as one, and no common English word unless a common name (<see cref="ContextNameRules"/>.TryPair).</summary>
    PairGiven = 1,

    /// <summary>May be a lone capitalised name: a common given name or surname that is no English word and no large place (TrySingle).</summary>
    CapitalisedAlone = 2,

    /// <summary>May be a lone lower-case name: a very common given name that is no English word and at most a small place (TrySingle).</summary>
    LowerCaseAlone = 4,

    /// <summary>May be the given name of a lower-case "surname, given": a common given name that is no English word (TryLastCommaFirst).</summary>
    CommaGiven = 8,
}

internal static class NameClasses
{
    /// <summary>The classes of a listed word; each is a condition the rule checks again on the entry itself.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static NameClass Of(LexiconEntry entry) =>
        (entry.Given >= 1 && (entry.English <= 1 || entry.Given >= 2) ? NameClass.PairGiven : 0)
        | (entry.English == 0 && entry.Place < 2 && (entry.Given >= 2 || entry.Surname >= 2) ? NameClass.CapitalisedAlone : 0)
        | (entry.Given == 3 && entry.English == 0 && entry.Place <= 1 ? NameClass.LowerCaseAlone : 0)
        | (entry.Given >= 2 && entry.English == 0 ? NameClass.CommaGiven : 0);
}

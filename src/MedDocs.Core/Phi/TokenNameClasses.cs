namespace MedDocs.Core.Phi;

/// <summary>
/// Per token of a <see cref="TextTokens"/>, the <see cref="NameClass"/>es the lexicon's class filter lets the word through for
/// (<see cref="PhiLexicon.NameClassesOf"/>), for every word in one pass from the tokens' hashes: the name rules ask about most
/// words, and one tight loop lets the filter's memory reads overlap.
/// </summary>
internal static class TokenNameClasses
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static NameClass[] Of(TextTokens tokens) => Of(tokens, new NameClass[tokens.Count]);

    /// <summary>As <see cref="Of(TextTokens)"/>, into <paramref name="classes"/> (at least <see cref="TextTokens.Count"/> long; past it, left as it was: no rule reads a class past the last token).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static NameClass[] Of(TextTokens tokens, NameClass[] classes)
    {
        var lexicon = PhiLexicon.Shared;
        int count = tokens.Count;
        for (int i = 0; i < count; i++)
        {
            classes[i] = tokens[i].Kind == TokenKind.Word ? lexicon.NameClassesOf(tokens.Span(i), tokens.Hash(i)) : NameClass.None;
        }
        return classes;
    }
}

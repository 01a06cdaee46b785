namespace MedDocs.Core.Phi;

/// <summary>
/// Per token of a <see cref="TextTokens"/>, the <see cref="NameClass"/>es the lexicon's class filter lets the word through for
/// (<see cref="PhiLexicon.NameClassesOf"/>), for every word in one pass from the tokens' hashes: the name rules ask about most
/// words, and one tight loop lets the filter's memory reads overlap.
/// </summary>
internal static class TokenNameClasses
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static NameClass[] Of(TextTokens tokens)
    {
        var lexicon = PhiLexicon.Shared;
        var classes = new NameClass[tokens.Count];
        for (int i = 0; i < classes.Length; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                classes[i] = lexicon.NameClassesOf(tokens.Span(i), tokens.Hash(i));
            }
        }
        return classes;
    }
}

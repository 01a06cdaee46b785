namespace MedDocs.Core.Phi;

/// <summary>
/// Per token of a <see cref="TextTokens"/>, the word's <see cref="PhiLexicon.HashOf"/> and the <see cref="NameClass"/>es the
/// lexicon's class filter lets it through for (<see cref="PhiLexicon.NameClassesOf"/>), both for every word in one pass.
/// The name rules asked the cue sets, the name filter and the lexicon about the same word, each hashing it again; and one
/// tight loop over the words lets the filter's memory reads overlap.
/// </summary>
internal sealed class WordHashes
{
    private readonly uint[] _hashes;
    private readonly NameClass[] _classes;

    private WordHashes(uint[] hashes, NameClass[] classes)
    {
        _hashes = hashes;
        _classes = classes;
    }

    public uint Hash(int index) => _hashes[index];

    public NameClass NameClasses(int index) => _classes[index];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static WordHashes Of(TextTokens tokens)
    {
        var lexicon = PhiLexicon.Shared;
        int count = tokens.Count;
        var hashes = new uint[count];
        var classes = new NameClass[count];
        for (int i = 0; i < count; i++)
        {
            if (tokens[i].Kind == TokenKind.Word)
            {
                var word = tokens.Span(i);
                uint hash = PhiLexicon.HashOf(word);
                hashes[i] = hash;
                classes[i] = lexicon.NameClassesOf(word, hash);
            }
        }
        return new WordHashes(hashes, classes);
    }
}

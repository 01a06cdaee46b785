using System.Runtime.CompilerServices;

namespace MedDocs.Core.Phi;

internal enum TokenKind : byte
{
    /// <summary>Letters, with apostrophes or hyphens inside ("O'Brien", "sister-in-law", "pt's").</summary>
    Word,

    /// <summary>A run of ASCII digits.</summary>
    Number,

    /// <summary>One other visible character: punctuation, a symbol, a non-ASCII digit.</summary>
    Symbol,
}

/// <summary>One token of a text; <see cref="NewLineBefore"/> tells whether a line break separates it from the previous token.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, bool NewLineBefore, bool SpaceBefore)
{
    public int End => Start + Length;
}

/// <summary>
/// The text cut once into words, numbers and symbols, shared by the context rules (names, short dates,
/// places, extensions) so each looks at neighbouring words without its own scan or a regex.
/// </summary>
internal sealed class TextTokens
{
    private readonly Token[] _tokens;

    /// <summary>Per token, <see cref="PhiLexicon.HashOf"/> of a word (0 for numbers and symbols), computed as the tokeniser reads it.</summary>
    private readonly uint[] _hashes;

    public TextTokens(string text)
    {
        Text = text;
        _tokens = Tokenise(text, new Token[Math.Max(8, text.Length / 3)], out _hashes, out int count);
        Count = count;
    }

    private readonly PhiScratch? _scratch;

    /// <summary>
    /// As <see cref="TextTokens(string)"/>, in the arrays of <paramref name="scratch"/> (one <see cref="PhiRulesEngine.Find"/>'s).
    /// Past <see cref="Count"/> they read as a fresh array would: default tokens, hashes and classes.
    /// </summary>
    internal TextTokens(string text, PhiScratch scratch)
    {
        Text = text;
        _scratch = scratch;
        if (scratch.Tokens.Length < text.Length / 3)
        {
            scratch.Tokens = new Token[text.Length / 3];
            scratch.Hashes = new uint[scratch.Tokens.Length];
            scratch.TokensUsed = 0;
        }
        _tokens = Tokenise(text, scratch.Tokens, out _hashes, out int count, scratch.Hashes);
        // What the last text left past this one's tokens (or the arrays grown), cleared as a fresh array reads.
        if (scratch.TokensUsed > count)
        {
            Array.Clear(_tokens, count, Math.Min(scratch.TokensUsed, _tokens.Length) - count);
            Array.Clear(_hashes, count, Math.Min(scratch.TokensUsed, _hashes.Length) - count);
        }
        scratch.Tokens = _tokens;
        scratch.Hashes = _hashes;
        scratch.TokensUsed = count;
        Count = count;
    }

    public string Text { get; }

    public int Count { get; }

    public Token this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _tokens[index];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> Span(int index) => Text.AsSpan(_tokens[index].Start, _tokens[index].Length);

    private LexiconEntry[]? _entries;
    private bool[]? _looked;

    /// <summary>The lexicon entry of word token <paramref name="index"/>, looked up once per token.</summary>
    public LexiconEntry Entry(int index)
    {
        if (_looked is null)
        {
            TakeEntryArrays();
        }
        var looked = _looked!;
        var entries = _entries!;
        if (!looked[index])
        {
            entries[index] = _tokens[index].Kind == TokenKind.Word ? PhiLexicon.Shared.Lookup(Span(index), Hash(index)) : PhiLexicon.Shared.Lookup(Span(index));
            looked[index] = true;
        }
        return entries[index];
    }

    private void TakeEntryArrays()
    {
        if (_scratch is null)
        {
            _entries = new LexiconEntry[Count];
            _looked = new bool[Count];
            return;
        }
        if (_scratch.Looked.Length < Count)
        {
            _scratch.Entries = new LexiconEntry[Count];
            _scratch.Looked = new bool[Count];
        }
        _entries = _scratch.Entries;
        _looked = _scratch.Looked;
        Array.Clear(_looked, 0, Count);
    }

    private NameClass[]? _nameClasses;

    /// <summary>
    /// <see cref="PhiLexicon.HashOf"/> of word token <paramref name="index"/> (0 for numbers and symbols): the cue sets, the
    /// lexicon and its name filter all take this one hash, computed while the tokeniser reads the word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public uint Hash(int index) => _hashes[index];

    /// <summary>False when word token <paramref name="index"/> is certainly no listed given name nor common surname (<see cref="PhiLexicon.MayBeName"/>).</summary>
    public bool MayBeName(int index) => PhiLexicon.Shared.MayBeName(Span(index), Hash(index));

    /// <summary>The <see cref="NameClass"/>es word token <paramref name="index"/> may be in (none for numbers and symbols).</summary>
    public NameClass NameClasses(int index) => (_nameClasses ??= TokenNameClasses.Of(this, TakeNameClassArray()))[index];

    /// <summary>An array of at least <see cref="Count"/> classes for <see cref="TokenNameClasses.Of(TextTokens, NameClass[])"/> to fill.</summary>
    private NameClass[] TakeNameClassArray()
    {
        if (_scratch is null)
        {
            return new NameClass[Count];
        }
        if (_scratch.NameClasses.Length < Count)
        {
            _scratch.NameClasses = new NameClass[Count];
        }
        return _scratch.NameClasses;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsWord(int index) => index >= 0 && index < Count && _tokens[index].Kind == TokenKind.Word;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNumber(int index) => index >= 0 && index < Count && _tokens[index].Kind == TokenKind.Number;

    /// <summary>True when token <paramref name="index"/> is the symbol <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsSymbol(int index, char c) =>
        index >= 0 && index < Count && _tokens[index].Kind == TokenKind.Symbol && Text[_tokens[index].Start] == c;

    /// <summary>True when token <paramref name="index"/> is a word equal to <paramref name="word"/> (ASCII, any case).</summary>
    public bool WordIs(int index, string word) =>
        IsWord(index) && Span(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when tokens <paramref name="index"/> and the one before touch (no blank or line break between).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Touches(int index) => index > 0 && index < Count && !_tokens[index].SpaceBefore && !_tokens[index].NewLineBefore;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Token[] Tokenise(string text, Token[] tokens, out uint[] hashes, out int count, uint[]? hashArray = null)
    {
        // Notes run at 0.21-0.32 tokens per character: a third rarely needs the doubling copy (a quarter needed it for half the notes).
        hashes = hashArray ?? new uint[tokens.Length];
        count = 0;
        bool newLine = false, space = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c is ' ' or '\t' or '\r' or '\n' || char.IsWhiteSpace(c))
            {
                newLine |= c == '\n';
                space = true;
                i++;
                continue;
            }
            int start = i;
            TokenKind kind;
            // FNV-1a of the word with ASCII letters folded (PhiLexicon.HashOf), as its characters are read.
            uint hash = 0;
            if (char.IsAsciiDigit(c))
            {
                kind = TokenKind.Number;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                hash = (FnvBasis ^ (char.IsAsciiLetterUpper(c) ? (uint)(c | 0x20) : c)) * FnvPrime;
                i++;
                while (true)
                {
                    // ASCII letters, most of every word, without the Unicode category table (c | 0x20 folds a letter).
                    char a;
                    while ((uint)i < (uint)text.Length && char.IsAsciiLetter(a = text[i]))
                    {
                        hash = (hash ^ (uint)(a | 0x20)) * FnvPrime;
                        i++;
                    }
                    if (i >= text.Length)
                    {
                        break;
                    }
                    char d = text[i];
                    if (char.IsLetter(d) || (d is '\'' or '’' or '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])))
                    {
                        // Not an ASCII letter: hashed as it is.
                        hash = (hash ^ d) * FnvPrime;
                        i++;
                        continue;
                    }
                    break;
                }
            }
            else
            {
                kind = TokenKind.Symbol;
                i++;
            }
            if (count == tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
                Array.Resize(ref hashes, tokens.Length);
            }
            hashes[count] = hash;
            tokens[count++] = new Token(start, i - start, kind, newLine, space);
            newLine = false;
            space = false;
        }
        return tokens;
    }

    private const uint FnvBasis = 2166136261, FnvPrime = 16777619;
}

/// <summary>Letter-case shapes of a word.</summary>
internal static class WordShape
{
    public static bool IsCapitalised(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>Every letter upper case (and at least two letters).</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /// <summary>"Lopez", "McDonald", "O'Brien": capital first, some lower case after.</summary>
    public static bool IsTitleCase(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }
        foreach (char c in word[1..])
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsLowerCase(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }
}

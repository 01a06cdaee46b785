using System.Numerics;
using System.Runtime.CompilerServices;

namespace MedDocs.Core.Phi;

/// <summary>
/// <see cref="PhiPatterns.LabelledIdentifier"/> matched by hand at a label word of an ASCII text: the same group, value and
/// end as trying the anchored group patterns in order, without a regex call (and a Match) per label word; those calls
/// were most of the labelled rule's time. The label alternatives are read from <see cref="PhiPatterns.LabelGroupPatterns"/>
/// and expanded into their finite list of spellings ("forms") in the order the backtracking engine tries them (an
/// alternation left to right, a greedy optional with its part first); <see cref="PhiPatterns.LabelledValue"/> is written
/// out in <see cref="TryValue"/>. ASCII only: there \w, \s, \b and case-insensitive letters mean their ASCII selves.
/// </summary>
internal static class LabelledIdentifierMatcher
{
    /// <summary>
    /// Every group's forms in one trie (a form's number: its place in group order, then in its group's try order). Built with
    /// the compiled patterns (<see cref="TieredRegex.CompileAll"/>), not on a process's first Find: expanding the forms and
    /// compiling that code cost ~10 ms of CPU, which a one-shot call on one note should not pay; until then the rule uses the patterns.
    /// </summary>
    private static volatile LabelFormTrie? s_trie;

    /// <summary>Whether the trie is built (the rule's ASCII fast path is open).</summary>
    public static bool IsReady => s_trie is not null;

    /// <summary>Builds the trie (once; later calls return it).</summary>
    public static LabelFormTrie Build() => s_trie ??= LabelFormTrie.Build([.. PhiPatterns.LabelGroupPatterns.Select(LabelFormParser.Expand)]);

    /// <summary>
    /// The first group whose pattern matches at <paramref name="start"/> (the patterns tried in <see cref="LabelGroup"/> order),
    /// its value and the match's end (the value's end): of the forms that match there, the lowest-numbered one whose end
    /// the value part accepts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryMatch(string text, int start, out LabelGroup group, out int valueStart, out int valueEnd)
    {
        var trie = s_trie ?? Build();
        var search = new Search { Best = int.MaxValue };
        trie.Walk(text, start, ref search);
        group = search.Best == int.MaxValue ? default : trie.GroupOf(search.Best);
        valueStart = search.ValueStart;
        valueEnd = search.ValueEnd;
        return search.Best != int.MaxValue;
    }

    /// <summary>The state of one <see cref="TryMatch"/>: the best form so far and label ends whose value part failed.</summary>
    internal struct Search
    {
        public int Best;
        public int ValueStart;
        public int ValueEnd;

        /// <summary>Label ends (as offsets from the start below 64) whose value part already failed: it does not depend on the label.</summary>
        public ulong FailedEnds;

        /// <summary>Form <paramref name="form"/> matched from <paramref name="start"/> to <paramref name="end"/>: it wins if it is the lowest-numbered with a value.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Offer(string text, int start, int end, int form)
        {
            int offset = end - start;
            if (form >= Best || (offset < 64 && (FailedEnds & (1UL << offset)) != 0))
            {
                return;
            }
            if (TryValue(text, end, out int valueStart, out int valueEnd))
            {
                Best = form;
                ValueStart = valueStart;
                ValueEnd = valueEnd;
            }
            else if (offset < 64)
            {
                FailedEnds |= 1UL << offset;
            }
        }
    }

    /// <summary>
    /// <see cref="PhiPatterns.LabelledValue"/> at the label's end <paramref name="at"/>: (?![\w]), the separator loop
    /// (greedy; its shorter counts are tried when the value fails), \s*, and the value with a digit in its first word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryValue(string text, int at, out int valueStart, out int valueEnd)
    {
        valueStart = valueEnd = 0;
        if (at < text.Length && IsWordCharacter(text[at]))
        {
            return false;
        }
        // Where each count of separator iterations ends: at, then after ":", " is", " number" …
        Span<int> buffer = stackalloc int[16];
        var ends = buffer;
        int count = 0;
        int q = at;
        while (true)
        {
            if (count == ends.Length)
            {
                var larger = new int[ends.Length * 2];
                ends.CopyTo(larger);
                ends = larger;
            }
            ends[count++] = q;
            int next = SeparatorEnd(text, q);
            if (next < 0)
            {
                break;
            }
            q = next;
        }
        for (int k = count - 1; k >= 0; k--)
        {
            int r = ends[k];
            while (r < text.Length && char.IsWhiteSpace(text[r]))
            {
                r++;
            }
            if (TryValueAt(text, r, out valueEnd))
            {
                valueStart = r;
                return true;
            }
        }
        return false;
    }

    /// <summary>One separator iteration at <paramref name="at"/>: [ \t]* then [:#=], a dot leader \.{2,}, "is"\b, "was"\b, or (number|no\.)(?![\w]) any case; its end or -1.</summary>
    private static int SeparatorEnd(string text, int at)
    {
        int i = at;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }
        if (i >= text.Length)
        {
            return -1;
        }
        char c = text[i];
        if (c is ':' or '#' or '=')
        {
            return i + 1;
        }
        // A dot leader ("MRN.........: 0412288", "Accession ....... C-1"), two dots or more.
        if (c == '.' && i + 1 < text.Length && text[i + 1] == '.')
        {
            int j = i + 2;
            while (j < text.Length && text[j] == '.')
            {
                j++;
            }
            return j;
        }
        var rest = text.AsSpan(i);
        int length = rest.StartsWith("is") ? 2
            : rest.StartsWith("was") ? 3
            : rest.StartsWith("number", StringComparison.OrdinalIgnoreCase) ? 6
            : rest.StartsWith("no.", StringComparison.OrdinalIgnoreCase) ? 3
            : 0;
        return length > 0 && (i + length == text.Length || !IsWordCharacter(text[i + length])) ? i + length : -1;
    }

    /// <summary>(?=[\w()-]*\d)[A-Za-z0-9(](?:[A-Za-z0-9()]|[-/.](?=[A-Za-z0-9(]))* at <paramref name="start"/>.</summary>
    private static bool TryValueAt(string text, int start, out int end)
    {
        end = 0;
        if (start >= text.Length || !IsValueStart(text[start]))
        {
            return false;
        }
        int j = start;
        while (j < text.Length && !char.IsAsciiDigit(text[j]))
        {
            if (!(IsWordCharacter(text[j]) || text[j] is '(' or ')' or '-'))
            {
                return false;
            }
            j++;
        }
        if (j >= text.Length)
        {
            return false;
        }
        int e = start + 1;
        while (e < text.Length)
        {
            char c = text[e];
            if (char.IsAsciiLetterOrDigit(c) || c is '(' or ')')
            {
                e++;
            }
            else if (c is '-' or '/' or '.' && e + 1 < text.Length && IsValueStart(text[e + 1]))
            {
                e++;
            }
            else
            {
                break;
            }
        }
        end = e;
        return true;
    }

    private static bool IsValueStart(char c) => char.IsAsciiLetterOrDigit(c) || c == '(';

    /// <summary>\w of an ASCII text.</summary>
    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    internal enum PartKind : byte
    {
        Character,
        ZeroOrMoreBlanks,
        OneOrMoreBlanks,
    }

    /// <summary>One character (any of C0–C3: the letter's two cases, or a class such as [sc]) or a run of blanks.</summary>
    internal readonly record struct Part(PartKind Kind, char C0, char C1, char C2, char C3);
}

namespace MedDocs.Core.Phi;

/// <summary>
/// The later name passes (shorthand, sign-out beds, user columns, dialogue) each used to walk every token again with their
/// own word-set lookups. <see cref="Collect"/>'s walk now notes the tokens where each may act, from the same one lookup per
/// word that answers the cue sets (<see cref="CueWords.Flags"/>), and the passes visit only those tokens, in the same order:
/// each visit re-checks the pass's own conditions, so the findings and their order are those of the full walks.
/// </summary>
internal static partial class ContextNameRules
{
    // Bits of CueWords.Flags past the main loop's cues: the first words of the later passes' cues.
    private const int DiscussedWithFlag = 1 << 7, InitialsCueFlag = 1 << 8, ServiceFlag = 1 << 9, CoverOrPagerFlag = 1 << 10,
        BedFlag = 1 << 11, UserColumnFlag = 1 << 12, DialogueFlag = 1 << 13;

    /// <summary>The bits the main loop's cue chain reads (<see cref="AnyCueFlag"/> … <see cref="HeaderFlag"/>).</summary>
    private const int MainCueFlags = (1 << 7) - 1;

    /// <summary>
    /// Every cue set in one <see cref="AsciiWordFlags"/> (ASCII texts). A nested class: its sets live in other files of this
    /// partial class, whose static fields are all set before this class is first used (field order across files is not defined).
    /// </summary>
    private static class CueWords
    {
        public static readonly AsciiWordFlags Flags = new(
            AsciiOnly(AnyCue), AsciiOnly(ContextWords.Titles), AsciiOnly(ContextWords.Relations), AsciiOnly(ContextWords.RolesBefore),
            AsciiOnly(ContextWords.CredentialsAfter), AsciiOnly(SpeechCues), AsciiOnly(HeaderFields),
            new AsciiWordSet(["w", "with", "per"]), InitialsCues, ServiceWords, CoverAndPagerWords, BedWords, UserColumnHeaders,
            new AsciiWordSet(GreetingWords.Words.Concat(["name", "is", "speaking"])));
    }

    /// <summary>
    /// The tokens each later pass visits, gathered by <see cref="Collect"/> (one set of lists per thread). Without them (null: the
    /// tests' plain walk) a pass walks every token.
    /// </summary>
    private sealed class LaterPassTokens
    {
        [ThreadStatic]
        private static LaterPassTokens? t_current;

        public readonly TokenIndexList Shorthand = new(), SignOutBeds = new(), UserColumns = new(), Dialogue = new();

        public static LaterPassTokens ForThread()
        {
            var lists = t_current ??= new LaterPassTokens();
            lists.Shorthand.Clear();
            lists.SignOutBeds.Clear();
            lists.UserColumns.Clear();
            lists.Dialogue.Clear();
            return lists;
        }

        /// <summary>The <paramref name="n"/>th token a pass visits: the <paramref name="n"/>th noted one, or token <paramref name="n"/> itself.</summary>
        public static int At(TokenIndexList? noted, int n) => noted is null ? n : noted[n];

        /// <summary>How many tokens a pass visits.</summary>
        public static int Count(TokenIndexList? noted, TextTokens tokens) => noted?.Count ?? tokens.Count;

        /// <summary>
        /// Word <paramref name="i"/> with its <paramref name="cues"/>: a superset of the tokens where each pass's first checks
        /// pass (ShorthandAt, SignOutBedAt, UserColumnAt, DialogueAt), from the flags and cheap neighbour checks.
        /// </summary>
        public void Note(TextTokens tokens, int i, int cues)
        {
            int length = tokens[i].Length;
            // "quist covering", "hoang pgr 31107": the cue is the word after the name.
            if ((cues & CoverOrPagerFlag) != 0 && tokens.IsWord(i - 1))
            {
                Shorthand.AddOnce(i - 1);
            }
            if ((cues & (DiscussedWithFlag | InitialsCueFlag | ServiceFlag)) != 0 || tokens.IsSymbol(i + 1, '(')
                || length is 2 or 3 && tokens.IsSymbol(i - 1, '/'))
            {
                Shorthand.AddOnce(i);
            }
            if ((cues & BedFlag) != 0)
            {
                SignOutBeds.Add(i);
            }
            if ((cues & UserColumnFlag) != 0)
            {
                UserColumns.Add(i);
            }
            if (length == 1 || (cues & DialogueFlag) != 0
                || length >= 3 && i + 1 < tokens.Count && tokens[i + 1].Length == 3 && tokens.WordIs(i + 1, "the"))
            {
                Dialogue.Add(i);
            }
        }

        /// <summary>
        /// <see cref="Note"/> in a text with non-ASCII words (the main loop asks PlainCueFlags there, which has no later-pass bits):
        /// an ASCII word gets its flags from one lookup; a non-ASCII word (rare) is visited by every pass, as a case-insensitive
        /// comparison is left to judge it against the listed words.
        /// </summary>
        public void NoteInMixedText(TextTokens tokens, int i, ReadOnlySpan<char> word)
        {
            if (System.Text.Ascii.IsValid(word))
            {
                Note(tokens, i, CueWords.Flags.Of(word));
                return;
            }
            if (tokens.IsWord(i - 1))
            {
                Shorthand.AddOnce(i - 1);
            }
            Shorthand.AddOnce(i);
            SignOutBeds.Add(i);
            UserColumns.Add(i);
            Dialogue.Add(i);
        }
    }
}

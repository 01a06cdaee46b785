using System.Runtime.CompilerServices;

namespace MedDocs.Core.Phi;

/// <summary>
/// Person names in any letter case, from context cues and the public name lexicons (<see cref="PhiLexicon"/>):
/// after titles ("Dr BRENNAN", "dr. smith"), relations ("son John", "dtr (mary)", "HCP: Bob"), roles
/// ("RN Jane", "Smith MD"), self-introductions ("my name's Dana", "I'm Tomasz"), "LAST, FIRST M." headers,
/// given name + surname pairs without a cue ("dana whitfield"), and lone capitalised words that only the
/// name lists know. A common English word ("will", "hope", "bill") needs a capital letter or a cue to count.
/// </summary>
internal static partial class ContextNameRules
{
    private const int MaxNameWords = 3;

    public static void Collect(FindingSink sink) => Collect(sink, walkEveryWord: false);

    /// <param name="walkEveryWord">The later passes walk every token, not only those the cue flags note (the tests' plain walk).</param>
    internal static void Collect(FindingSink sink, bool walkEveryWord)
    {
        var tokens = sink.Tokens;
        var lexicon = PhiLexicon.Shared;
        bool ascii = sink.IsAscii;
        var cueFlags = CueWords.Flags;
        var later = walkEveryWord ? null : LaterPassTokens.ForThread();
        int coveredUntil = -1;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }
            var word = tokens.Span(i);
            int end = -1;
            // Most words are no cue: one lookup answers every cue set below (and a colon check skips the chain).
            int cues = ascii ? cueFlags.Of(word, tokens.Hash(i)) : PlainCueFlags(word);
            if (ascii)
            {
                later?.Note(tokens, i, cues);
            }
            else
            {
                later?.NoteInMixedText(tokens, i, word);
            }
            // Most words are no cue and in no name class: only a colon (a label) or a comma ("surname, given") after one
            // can still start a name, so the rest skip every check below (each would answer no).
            if ((cues & MainCueFlags) == 0 && (tokens.NameClasses(i) & LoneOrPairClasses) == 0 && !IsColonOrCommaAfter(tokens, i))
            {
                continue;
            }
            bool maybeCue = (cues & AnyCueFlag) != 0 || tokens.IsSymbol(i + 1, ':');
            if (!maybeCue)
            {
                // No cue starts here: skip the cue chain; the name-pair checks after it still apply.
            }
            else if ((cues & (TitleFlag | RelationFlag | RoleFlag)) == 0 && (cues & (SpeechFlag | CredentialFlag | HeaderFlag)) != 0 && !tokens.IsSymbol(i + 1, ':'))
            {
                // A speech cue, a credential or a header field only ("as", "okay", "pt", "MRN"): none of the cues below starts here.
                if ((cues & HeaderFlag) != 0)
                {
                    HeaderNameBefore(sink, tokens, i);
                }
            }
            else if (((cues & TitleFlag) != 0 && !IsClinicalCapsTitle(tokens, lexicon, i))
                || (word is "Fr" && tokens.IsWord(i + 1 + (tokens.IsSymbol(i + 1, '.') ? 1 : 0)) && WordShape.IsCapitalised(tokens.Span(i + 1 + (tokens.IsSymbol(i + 1, '.') ? 1 : 0)))))
            {
                end = AfterTitle(sink, tokens, lexicon, i);
            }
            else if ((cues & RelationFlag) != 0)
            {
                end = AfterRelation(sink, tokens, lexicon, i);
                if (!tokens.WordIs(i, "significant") || tokens.WordIs(i + 1, "other"))
                {
                    BeforeRelation(sink, tokens, lexicon, i);
                }
            }
            else if (IsSelfIntroduction(tokens, i, out bool strong) && !(strong && AfterPetWord(tokens, i)))
            {
                end = AfterCue(sink, tokens, lexicon, i + 1, strong ? CueStrength.Strong : CueStrength.Introduction, "name-introduction", 0.8);
                if (end < 0)
                {
                    end = AfterIntroductionExtra(sink, tokens, lexicon, i);
                }
            }
            else if ((cues & RoleFlag) != 0)
            {
                end = AfterRole(sink, tokens, lexicon, i);
            }
            else if (IsPersonLabelColon(tokens, i))
            {
                // "PATIENT: WHITFIELD, DANA R." whole; else "Ordering: Thorvaldsen": one word after a person label is enough.
                end = TryLastCommaFirst(sink, tokens, lexicon, i + 2, out int lastFirstEnd)
                    ? lastFirstEnd : AfterCue(sink, tokens, lexicon, i + 2, CueStrength.Strong, "name-label", 0.8);
            }
            else if ((word.Equals("by", StringComparison.OrdinalIgnoreCase) && (tokens.IsWord(i - 1) && tokens.Span(i - 1).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                    || tokens.IsWord(i + 1) && tokens[i + 1].Length == 1 && tokens.IsSymbol(i + 2, '.') && tokens.IsWord(i + 3)))
                || (word.Equals("called", StringComparison.OrdinalIgnoreCase) && tokens.WordIs(i - 1, "be"))
                || (word.Equals("for", StringComparison.OrdinalIgnoreCase) && tokens.IsWord(i - 1) && CallingFor.Contains(tokens.Span(i - 1))))
            {
                // "transcribed by GT", "verified by P. Nguyen-Ashworth", "prefers to be called Espie", "calling for casimir".
                end = AfterCue(sink, tokens, lexicon, SkipCuePunctuation(tokens, i + 1), CueStrength.Role, "name-cue-word", 0.72);
            }
            if (end < 0 && (cues & SpeechFlag) != 0)
            {
                end = AfterSpeechCue(sink, tokens, lexicon, i);
            }
            if (maybeCue && (cues & CredentialFlag) != 0 && MayFollowName(tokens, i, word))
            {
                BeforeCredential(sink, tokens, lexicon, i);
            }
            if (end > coveredUntil)
            {
                coveredUntil = end;
            }
            if (i > coveredUntil && TryLastCommaFirst(sink, tokens, lexicon, i, out int lastEnd))
            {
                coveredUntil = lastEnd;
                continue;
            }
            if (i > coveredUntil && (tokens.NameClasses(i) & LoneOrPairClasses) != 0 && Eponyms.IsInPhrase(tokens, i))
            {
                continue;
            }
            if (i > coveredUntil && TryPair(sink, tokens, lexicon, i, out int pairEnd))
            {
                coveredUntil = pairEnd;
                continue;
            }
            if (i > coveredUntil)
            {
                TrySingle(sink, tokens, lexicon, i);
            }
        }
        CollectShorthand(sink, tokens, later);
        CollectDialogue(sink, tokens, later?.Dialogue);
        CollectSpelledAfterCue(sink, tokens);
        CollectTeamRoles(sink, tokens);
        CollectCallIntroductions(sink, tokens);
        CollectInitialSurnames(sink, tokens);
        CollectReferenceInitials(sink, tokens);
        CollectRegisteredNames(sink, tokens);
    }

    /// <summary>The classes <see cref="TryPair"/> and <see cref="TrySingle"/> ask of the word they start at.</summary>
    private const NameClass LoneOrPairClasses = NameClass.PairGiven | NameClass.CapitalisedAlone | NameClass.LowerCaseAlone;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsColonOrCommaAfter(TextTokens tokens, int i) =>
        i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Symbol && tokens.Text[tokens[i + 1].Start] is ':' or ',';

    private enum CueStrength
    {
        /// <summary>A title: any word that is not plainly English vocabulary.</summary>
        Strong,

        /// <summary>A relation: a given name (common words need a capital).</summary>
        Relation,

        /// <summary>"I'm X", "this is X": a given name that is not an English word, or a capitalised one.</summary>
        Introduction,

        /// <summary>A role word: a name-list word, capitalised unless it is not English.</summary>
        Role,
    }

    /// <summary>"Dr BRENNAN", "dr. smith", "Drs. Lee and Park", "Doctor John Smith".</summary>
    private static int AfterTitle(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int title)
    {
        int next = title + 1;
        if (tokens.IsSymbol(next, '.') && tokens.Touches(next))
        {
            next++;
        }
        // "Doctor" and "doc" are also ordinary nouns: only a capital or a name-list word after them counts.
        var cue = tokens.Span(title);
        var strength = cue.Equals("doc", StringComparison.OrdinalIgnoreCase) ? CueStrength.Role : CueStrength.Strong;
        int end = AfterCue(sink, tokens, lexicon, next, strength, "name-title", 0.85);
        if (end > 0)
        {
            // "Dr. Walter Church": the words after a title are a person, though a facility word ends them.
            DropPlacesStartingAt(sink, tokens[next].Start);
        }
        // "Drs. Lee and Park": a second name after "and"/"&".
        if (end > 0 && (tokens.WordIs(end + 1, "and") || tokens.IsSymbol(end + 1, '&') || tokens.IsSymbol(end + 1, '/'))
            && tokens.IsWord(end + 2) && !ContextWords.Titles.Contains(tokens.Span(end + 2)))
        {
            int second = AfterCue(sink, tokens, lexicon, end + 2, CueStrength.Strong, "name-title", 0.8);
            end = Math.Max(end, second);
        }
        return end;
    }

    /// <summary>"son John", "dtr (Mary)", "HCP: bob", "wife - Ann Smith", "daughter named Lucy".</summary>
    private static int AfterRelation(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int relation)
    {
        int next = relation + 1;
        // "significant other", "health care proxy" … then separators and filler words.
        if (tokens.WordIs(next, "other") || tokens.WordIs(next, "proxy"))
        {
            next++;
        }
        else if (tokens.WordIs(relation, "significant"))
        {
            // "significant bronchodilator response": "significant" is a relation only as "significant other".
            return -1;
        }
        for (int guard = 0; guard < 4 && next < tokens.Count; guard++)
        {
            if (tokens[next].Kind == TokenKind.Symbol && tokens.Span(next) is "(" or ":" or "," or "-" or "=" or "/")
            {
                next++;
            }
            else if (tokens.WordIs(next, "named") || tokens.WordIs(next, "name") || tokens.WordIs(next, "is") || tokens.WordIs(next, "was"))
            {
                next++;
            }
            else if (SkipRelationQualifier(tokens, next) is int after && after > next)
            {
                // "wife of 52 years, Ines", "son in law kofi".
                next = after;
            }
            else
            {
                break;
            }
        }
        int end = AfterCue(sink, tokens, lexicon, next, CueStrength.Relation, "name-relation", 0.8);
        if (end > 0 && tokens.IsWord(end + 1) && !tokens[end + 1].NewLineBefore && IsOrganisationHead(tokens.Span(end + 1)))
        {
            // "dad: harriet tubman elementary", "Aunt Bertha Inc": the words name a school or a firm, not the relative.
            sink.Findings.RemoveAt(sink.Findings.Count - 1);
            return -1;
        }
        if (end > 0)
        {
            // "wife Dolores and services from …": a relative's name starts no facility's.
            DropPlacesStartingAt(sink, tokens[next].Start);
        }
        if (end < 0)
        {
            end = AfterRelationHomograph(sink, tokens, relation, next);
        }
        if (end < 0)
        {
            end = AfterRelationMonthName(sink, tokens, next);
        }
        // "daughters Erzsebet and Kati", "parents Dariusz and Ewa".
        if (end > 0 && (tokens.WordIs(end + 1, "and") || tokens.IsSymbol(end + 1, '&')) && tokens.IsWord(end + 2))
        {
            end = Math.Max(end, AfterCue(sink, tokens, lexicon, end + 2, CueStrength.Relation, "name-relation", 0.75));
        }
        else if (end > 0 && tokens.IsSymbol(end + 1, ','))
        {
            // "grandchildren (tomas, sky, ilse)", "daughters Ana, Bea and Cleo": the rest of a list after a plural relation.
            end = AfterRelationList(sink, tokens, lexicon, relation, end);
        }
        return end;
    }

    /// <summary>"MR." (mitral regurgitation), "MS" (multiple sclerosis) in capitals: a title only before a listed name.</summary>
    private static bool IsClinicalCapsTitle(TextTokens tokens, PhiLexicon lexicon, int i)
    {
        var word = tokens.Span(i);
        if (!(word is "MR" or "MS" or "MRS" or "DRS"))
        {
            return false;
        }
        int next = tokens.IsSymbol(i + 1, '.') ? i + 2 : i + 1;
        // "DRS VOSKUIJLEN/ARCENEAUX", "DRS LEE AND PARK": a plural title before names joined by "/", "&", "and".
        if (word is "DRS" && tokens.IsWord(next) && !tokens[next].NewLineBefore
            && (tokens.IsSymbol(next + 1, '/') || tokens.IsSymbol(next + 1, '&') || tokens.WordIs(next + 1, "and")) && tokens.IsWord(next + 2))
        {
            return false;
        }
        return !tokens.IsWord(next) || !tokens.Entry(next).IsName();
    }

    /// <summary>Words that start the cues of AfterSpeechCue (ContextNameRules.Speech.cs); declared here, before the unions built from it.</summary>
    private static readonly AsciiWordSet SpeechCues = new(["as", "like", "okay", "ok", "alright", "hi", "hey", "hello", "thanks", "name"]);

    /// <summary>Fields of a header line that a name may open without a label colon ("Pradeep Raghunathan   DOB 5/30/1966").</summary>
    private static readonly AsciiWordSet HeaderFields = new(["dob", "mrn", "ssn", "acct", "dos", "sex", "gender", "age"]);

    /// <summary>Every word that can start one of the cues above (titles, relations, roles, credentials, introductions, "by", "called", "for").</summary>
    private static readonly AsciiWordSet AnyCue = new(
        ContextWords.Titles.Words.Concat(ContextWords.Relations.Words).Concat(ContextWords.RolesBefore.Words).Concat(ContextWords.CredentialsAfter.Words)
            .Concat(ContextWords.SelfIntroductions.Words).Concat(SpeechCues.Words).Concat(HeaderFields.Words).Concat(["is", "me", "am", "by", "called", "for", "fr", "name's", "i’m", "name’s"]));

    private const int AnyCueFlag = 1, TitleFlag = 2, RelationFlag = 4, RoleFlag = 8, CredentialFlag = 16, SpeechFlag = 32, HeaderFlag = 64;

    // The sets above are asked about every word in one lookup, with the later passes' cues: CueWords.Flags (ContextNameRules.LaterPassCues.cs).
    // Only the sets' ASCII words: an ASCII word never equals a non-ASCII one ignoring case ("fiancé", "i’m").

    private static AsciiWordSet AsciiOnly(AsciiWordSet set) => new(set.Words.Where(w => System.Text.Ascii.IsValid(w)));

    /// <summary>The main cue bits of <see cref="CueWords.Flags"/> from the whole sets (texts with non-ASCII words); the union first, as it holds the others.</summary>
    private static int PlainCueFlags(ReadOnlySpan<char> word)
        => !AnyCue.Contains(word) ? 0
            : AnyCueFlag | (ContextWords.Titles.Contains(word) ? TitleFlag : 0)
            | (ContextWords.Relations.Contains(word) ? RelationFlag : 0) | (ContextWords.RolesBefore.Contains(word) ? RoleFlag : 0)
            | (ContextWords.CredentialsAfter.Contains(word) ? CredentialFlag : 0) | (SpeechCues.Contains(word) ? SpeechFlag : 0)
            | (HeaderFields.Contains(word) ? HeaderFlag : 0);

    private static readonly AsciiWordSet CallingFor = new(["calling", "message", "reminder", "appointment", "appt", "here", "looking", "asking", "results", "paperwork", "letter"]);

    /// <summary>A colon at <paramref name="i"/> + 1 after a person label ("Patient:", "Ordering:", "cc:").</summary>
    private static bool IsPersonLabelColon(TextTokens tokens, int i)
    {
        if (!tokens.IsSymbol(i + 1, ':') || !tokens.Touches(i + 1) || !tokens.IsWord(i + 2) || tokens[i + 2].NewLineBefore
            || !NameLabels.EndsWithLabel(tokens.Text, tokens[i + 1].Start))
        {
            return false;
        }
        // "patient: kind of", "caller: yes hi": a transcript's speaker label, then speech; only a word no English list knows may be a name.
        var next = tokens.Span(i + 2);
        // "CC: hematemesis": the chief complaint, written in lower case; a copy list ("cc: Dr Lee") names people capitalised.
        if (tokens.WordIs(i, "cc") && WordShape.IsLowerCase(next))
        {
            return false;
        }
        // "RE: UO <20CC/HR", "CC: ICU team": a short capitalised abbreviation after a label is no name unless listed as one.
        if (next.Length <= 3 && WordShape.IsAllCaps(next) && !tokens.Entry(i + 2).IsName(2))
        {
            return false;
        }
        // "westfield high", "PT: ambulates 150 ft": a school's name, or a verb or noun by its ending, is no person.
        if (tokens.IsWord(i + 3) && !tokens[i + 3].NewLineBefore && (SchoolWords.Contains(tokens.Span(i + 3)) || OrganisationWords.IsHead(tokens.Span(i + 3))
            || WordShape.IsTitleCase(tokens.Span(i + 3)) && (ContextWords.FacilityHeads.Contains(tokens.Span(i + 3)) || AreaWords.Contains(tokens.Span(i + 3)))))
        {
            return false;
        }
        return !WordShape.IsLowerCase(next) || tokens.Entry(i + 2).English == 0 && SpokenNumbers.Value(next) < 0 && !WordEndings.IsVerbOrAbstractNoun(next);
    }

    /// <summary>"i'm", "we're", "i've", "you'll", "i'd", "can't": contractions are never names.</summary>
    private static bool IsContraction(ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe < 0)
        {
            return false;
        }
        var tail = word[(apostrophe + 1)..];
        return tail is "m" or "M" or "ve" or "re" or "ll" or "d" or "t" || (tail is "s" && PhiLexicon.Shared.Lookup(word[..apostrophe]).English >= 2);
    }

    /// <summary>"Mary (daughter)", "John, pt's son", "Ann - wife": a given name just before the relation.</summary>
    private static void BeforeRelation(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int relation)
    {
        int j = relation - 1;
        bool separated = false;
        for (int guard = 0; guard < 3 && j >= 0; guard++)
        {
            if (tokens[j].Kind == TokenKind.Symbol && tokens.Span(j) is "(" or "," or "-")
            {
                separated = true;
                j--;
            }
            else if (tokens.WordIs(j, "his") || tokens.WordIs(j, "her") || tokens.WordIs(j, "pt's") || tokens.WordIs(j, "patient's") || tokens.WordIs(j, "pts"))
            {
                separated = true;
                j--;
            }
            else
            {
                break;
            }
        }
        if (!separated || !tokens.IsWord(j) || tokens[j + 1].NewLineBefore)
        {
            return;
        }
        var word = tokens.Span(j);
        var entry = tokens.Entry(j);
        if (!IsGivenName(word, entry, CueStrength.Relation))
        {
            return;
        }
        int start = j;
        // A given name before a surname: "Mary Smith (daughter)".
        if (entry.Given == 0 && tokens.IsWord(j - 1) && !tokens[j].NewLineBefore && IsGivenName(tokens.Span(j - 1), tokens.Entry(j - 1), CueStrength.Relation))
        {
            start = j - 1;
        }
        sink.Add(PhiType.Name, tokens[start].Start, tokens[j].End - tokens[start].Start, 0.75, "name-relation");
    }

    /// <summary>
    /// Whether credential <paramref name="i"/> may stand after a name: in capitals, longer than two letters, or after a comma
    /// ("Lamar, RN"); a lower-case two-letter one closing a signature ("-m. okafor rn"); "PT", "RT", "SW" … only after a comma.
    /// </summary>
    private static bool MayFollowName(TextTokens tokens, int i, ReadOnlySpan<char> word)
    {
        if (IsAfterComma(tokens, i))
        {
            // "HOSPITAL BILL, SW REFERRAL", "hr 38 brady,pt asleep": before "PT", "SW" … (also list items and "patient") a name is
            // capitalised, and in capitals no common English word.
            return !ContextWords.CommaOnlyCredentials.Contains(word) || IsNameBeforeListCredential(tokens, i - 2);
        }
        if (ContextWords.CommaOnlyCredentials.Contains(word))
        {
            return false;
        }
        return WordShape.IsAllCaps(word) || word.Length > 2 || IsSignatureSurname(tokens, i - 1) || IsLowerCaseStaffGiven(tokens, i - 1);
    }

    /// <summary>
    /// "report from nkechi rn", "fiona rn" (a signature line), "given to ren rn": before a lower-case credential, a lower-case given
    /// name that is no common English word, opening its line or after a hand-over word.
    /// </summary>
    private static bool IsLowerCaseStaffGiven(TextTokens tokens, int j)
    {
        if (!tokens.IsWord(j) || tokens[j + 1].NewLineBefore || !WordShape.IsLowerCase(tokens.Span(j)))
        {
            return false;
        }
        var entry = tokens.Entry(j);
        if (entry.Given < 1 || entry.English > 1 || ContextWords.NotNames.Contains(tokens.Span(j)) || NameStopWords.Contains(tokens.Span(j)))
        {
            return false;
        }
        return j == 0 || tokens[j].NewLineBefore || tokens.IsWord(j - 1) && HandOverWords.Contains(tokens.Span(j - 1));
    }

    /// <summary>Words before a nurse's name in a hand-over ("report from", "report to", "relieved by", "care to").</summary>
    private static readonly AsciiWordSet HandOverWords = new(["from", "to", "by", "with", "w", "per", "and", "gave", "called", "paged", "notified", "informed"]);

    private static bool IsNameBeforeListCredential(TextTokens tokens, int j)
    {
        if (!tokens.IsWord(j))
        {
            return false;
        }
        var name = tokens.Span(j);
        return WordShape.IsTitleCase(name) || WordShape.IsAllCaps(name) && tokens.Entry(j).English <= 1;
    }

    /// <summary>"m. okafor" before a credential: an initial, a period, then the surname (a signature line).</summary>
    private static bool IsSignatureSurname(TextTokens tokens, int j) =>
        tokens.IsWord(j) && tokens.IsSymbol(j - 1, '.') && tokens.IsWord(j - 2) && tokens[j - 2].Length == 1 && !tokens[j].NewLineBefore && !tokens[j - 1].NewLineBefore;

    /// <summary>
    /// "Pradeep Raghunathan   DOB 5/30/1966", "Name Yevgenia Kravets  MRN 5517820": a header line that opens with two or
    /// three capitalised name words (after an optional "Name"/"Patient" label without a colon) and goes on with a field.
    /// Every word must be a listed name or no common English word, in one letter case.
    /// </summary>
    private static void HeaderNameBefore(FindingSink sink, TextTokens tokens, int field)
    {
        if (!WordShape.IsCapitalised(tokens.Span(field)) || tokens[field].NewLineBefore || field == 0)
        {
            return;
        }
        int start = field - 1;
        while (start > 0 && field - start < 5 && !tokens[start].NewLineBefore && tokens.IsWord(start - 1))
        {
            start--;
        }
        if (!(start == 0 || tokens[start].NewLineBefore) || !tokens.IsWord(start))
        {
            return;
        }
        if (tokens.WordIs(start, "name") || tokens.WordIs(start, "patient") || tokens.WordIs(start, "pt"))
        {
            start++;
        }
        int words = field - start;
        if (words is < 2 or > 3)
        {
            return;
        }
        bool caps = WordShape.IsAllCaps(tokens.Span(start));
        bool listed = false, unlisted = true;
        for (int k = start; k < field; k++)
        {
            var word = tokens.Span(k);
            var entry = tokens.Entry(k);
            if (word.Length < 2 || (caps ? !WordShape.IsAllCaps(word) : !WordShape.IsTitleCase(word)) || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word)
                || ContextWords.ClinicalAcronyms.Contains(word) || ContextWords.FacilityHeads.Contains(word) || !(entry.English <= 1 || entry.IsName(2))
                || ContextWords.LooksMedical(word) && !entry.IsName())
            {
                return;
            }
            listed |= entry.IsName();
            unlisted &= !entry.IsKnown && Vowels(word) >= 2;
        }
        // A listed name among the words, or only words no list knows ("Pradeep Raghunathan").
        if (listed || unlisted)
        {
            sink.Add(PhiType.Name, tokens[start].Start, tokens[field - 1].End - tokens[start].Start, 0.78, "name-header");
        }
    }

    /// <summary>"Smith MD", "J. Brennan, RN", "Tomasz Brennan NP", "-m. okafor rn".</summary>
    private static void BeforeCredential(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int credential)
    {
        int j = credential - 1;
        bool comma = false;
        if (tokens.IsSymbol(j, ','))
        {
            j--;
            comma = true;
        }
        if (!tokens.IsWord(j) || tokens[j + 1].NewLineBefore)
        {
            return;
        }
        var word = tokens.Span(j);
        var entry = tokens.Entry(j);
        // After an initial the surname needs no list ("m. okafor rn").
        if (!LooksLikeName(word, entry, IsSignatureSurname(tokens, j) ? CueStrength.Strong : CueStrength.Role))
        {
            return;
        }
        int start = j;
        // Walk left over a given name and initials on the same line.
        for (int k = j - 1; k >= 0 && j - k <= 3 && !tokens[k + 1].NewLineBefore; k--)
        {
            if (tokens.IsSymbol(k, '.') && tokens.IsWord(k - 1) && tokens[k - 1].Length == 1)
            {
                k--;
                start = k;
                continue;
            }
            if (tokens.IsWord(k) && WordShape.IsCapitalised(tokens.Span(k)) && IsGivenName(tokens.Span(k), tokens.Entry(k), CueStrength.Role))
            {
                start = k;
                continue;
            }
            break;
        }
        sink.Add(PhiType.Name, tokens[start].Start, tokens[j].End - tokens[start].Start, 0.78, "name-credential");
        if (comma)
        {
            // "to Lamar, RN": a name with its credential behind a comma is no town, whatever the place list says.
            DropPlacesWithin(sink, tokens[start].Start, tokens[j].End);
        }
    }

    /// <summary>Removes the facility findings that start where a cue has shown a person's name starts (the place rules run first).</summary>
    private static void DropPlacesStartingAt(FindingSink sink, int start) =>
        sink.Findings.RemoveAll(f => f.Type == PhiType.Location && f.Start == start && f.Rule is "location-facility");

    /// <summary>Removes the lexicon's town and place findings inside [start, end): a cue has shown the words are a name.</summary>
    private static void DropPlacesWithin(FindingSink sink, int start, int end) =>
        sink.Findings.RemoveAll(f => f.Type == PhiType.Location && f.Start >= start && f.End <= end
            && f.Rule is "location-town" or "location-proper" or "location-lower-case" or "location-after-move");

    /// <summary>
    /// After a role word: "nurse Ogechi", "RN BRONAGH (PH …)"; "my supervisor chuck" (after a possessive the role is a relation);
    /// "the coordinator is wren her number …" (after "is", a given name in any case, closed by a pronoun or the line's end).
    /// </summary>
    private static int AfterRole(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int role)
    {
        if (tokens.IsWord(role - 1) && Possessives.Contains(tokens.Span(role - 1)) && !tokens[role].NewLineBefore)
        {
            return AfterCue(sink, tokens, lexicon, role + 1, CueStrength.Relation, "name-relation", 0.78);
        }
        if (ClosesPrecedingName(tokens, role) || IsUnitAfterNumber(tokens, role))
        {
            return -1;
        }
        int parenthesised = AfterRoleParenthesised(sink, tokens, role);
        if (parenthesised >= 0)
        {
            return parenthesised;
        }
        if (PersonTitleRoles.Contains(tokens.Span(role)) && BeforeAgencyWord(tokens, role + 1))
        {
            // "officer springfield pd": the agency's town.
            return -1;
        }
        int titled = AfterAbbreviatedTitle(sink, tokens, lexicon, role);
        if (titled < 0)
        {
            titled = AfterPersonTitleRole(sink, tokens, lexicon, role);
        }
        if (titled < 0)
        {
            titled = RoleThenSayer(sink, tokens, role);
        }
        if (titled >= 0)
        {
            return titled;
        }
        int next = SkipCuePunctuation(tokens, role + 1);
        if ((tokens.WordIs(role + 1, "is") || tokens.WordIs(role + 1, "was")) && next == role + 2 && tokens.IsWord(next) && !tokens[next].NewLineBefore
            && WordShape.IsLowerCase(tokens.Span(next)) && IsGivenName(tokens.Span(next), tokens.Entry(next), CueStrength.Relation)
            && tokens.Entry(next).Given >= 1 && ClosesSpokenName(tokens, next + 1))
        {
            sink.Add(PhiType.Name, tokens[next].Start, tokens[next].Length, 0.75, "name-role");
            return next;
        }
        if (tokens.IsWord(next) && Languages.Contains(tokens.Span(next)))
        {
            // "interpreter tagalog", "RN spanish": a language, though a surname list holds it.
            return -1;
        }
        int end = AfterCue(sink, tokens, lexicon, next, CueStrength.Role, "name-role", 0.75);
        if (end < 0 && tokens.IsWord(next) && !tokens[next].NewLineBefore && TryLastCommaFirst(sink, tokens, lexicon, next, out int lastFirstEnd))
        {
            // "ATTENDING: VOSKUIJLEN, PIETER, MD": the whole "LAST, FIRST".
            return lastFirstEnd;
        }
        if (end < 0 && tokens.IsWord(next) && !tokens[next].NewLineBefore && tokens.Span(next).IndexOf('-') > 0 && IsShorthandName(tokens, next))
        {
            // "rev okonkwo-banks", "fellow Ferreira-Tanaka": a hyphenated surname whose halves are names or no words at all.
            sink.Add(PhiType.Name, tokens[next].Start, tokens[next].Length, 0.75, "name-role");
            return next;
        }
        if (end < 0 && tokens.IsWord(next) && !tokens[next].NewLineBefore && IsUnlistedCapitalsName(tokens, next)
            && !(tokens.IsSymbol(role + 1, ',') && ContextWords.CredentialsAfter.Contains(tokens.Span(role))) && !PostNominals.IsFellowship(tokens.Span(next)))
        {
            sink.Add(PhiType.Name, tokens[next].Start, tokens[next].Length, 0.75, "name-role");
            end = next;
        }
        return end;
    }

    /// <summary>
    /// "DRISCOLL, ELEANOR MD    Pulm consult", "Rahul Venkat, MD, FASE": a credential in capitals right after a capitalised
    /// name word (or its comma) closes that name; it starts no other.
    /// </summary>
    private static bool ClosesPrecedingName(TextTokens tokens, int role)
    {
        var word = tokens.Span(role);
        if (!WordShape.IsAllCaps(word) || !ContextWords.CredentialsAfter.Contains(word) || tokens[role].NewLineBefore || OpensCredentialledName(tokens, role))
        {
            return false;
        }
        int j = tokens.IsSymbol(role - 1, ',') ? role - 2 : role - 1;
        if (!tokens.IsWord(j) || tokens[j + 1].NewLineBefore || !char.IsUpper(tokens.Span(j)[0]) || ContextWords.RolesBefore.Contains(tokens.Span(j))
            || ContextWords.CredentialsAfter.Contains(tokens.Span(j)) || ContextWords.ClinicalAcronyms.Contains(tokens.Span(j)))
        {
            return false;
        }
        // The word before must look like a name ("ELEANOR", "Venkat"), not a place or unit ("FACILITY RN BRONAGH", "TRH RT Benedikt").
        var before = tokens.Entry(j);
        return before.IsName() && before.English <= 1 || !before.IsKnown && tokens[j].Length >= 4 && Vowels(tokens.Span(j)) >= 2;
    }

    /// <summary>
    /// "NP HYDE, SW BARNABY OKONJO, RN": a role that one or two name words and their own ", credential" follow is the next
    /// person's role, not the previous one's credential.
    /// </summary>
    private static bool OpensCredentialledName(TextTokens tokens, int role)
    {
        for (int k = role + 1; k <= role + 2 && tokens.IsWord(k) && !tokens[k].NewLineBefore; k++)
        {
            if (tokens.IsSymbol(k + 1, ',') && tokens.IsWord(k + 2) && !tokens[k + 2].NewLineBefore && ContextWords.CredentialsAfter.Contains(tokens.Span(k + 2))
                && WordShape.IsAllCaps(tokens.Span(k + 2)))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly AsciiWordSet Possessives = new(["my", "our", "your", "his", "her", "their"]);

    /// <summary>A spoken name's end: the line's end, punctuation, or a pronoun or conjunction starting the next clause.</summary>
    private static bool ClosesSpokenName(TextTokens tokens, int next) =>
        next >= tokens.Count || tokens[next].NewLineBefore || tokens[next].Kind == TokenKind.Symbol
        || tokens.IsWord(next) && ClauseStarts.Contains(tokens.Span(next));

    private static readonly AsciiWordSet ClauseStarts = new(["her", "his", "she", "he", "they", "and", "but", "so", "if", "you", "i", "we", "who", "from", "at", "on", "in"]);

    /// <summary>"RN BRONAGH (PH …)": in capitals after a role, a word no list knows, vowelled like a name, ending the phrase.</summary>
    private static bool IsUnlistedCapitalsName(TextTokens tokens, int i)
    {
        var word = tokens.Span(i);
        if (word.Length < 4 || !WordShape.IsAllCaps(word) || tokens.Entry(i).IsKnown || Vowels(word) < 2 || ContextWords.LooksMedical(word)
            || ContextWords.ClinicalAcronyms.Contains(word) || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || ContextWords.CredentialsAfter.Contains(word))
        {
            return false;
        }
        int next = i + 1;
        return next >= tokens.Count || tokens[next].NewLineBefore || tokens[next].Kind != TokenKind.Word;
    }

    /// <summary>
    /// After a relation, a name that is also a word the lists stop: "her son Per on 12/29" (capitalised in ordinary text),
    /// "granddaughter Posy" (a capitalised English word after a lower-case relation), "pt's son will at bedside" (a modal
    /// spelling, but a preposition or a verb's past follows, which never follows the modal).
    /// </summary>
    private static int AfterRelationHomograph(FindingSink sink, TextTokens tokens, int relation, int next)
    {
        if (!tokens.IsWord(next) || tokens[next].NewLineBefore || tokens[next].Length < 2
            || GroupRelations.Contains(tokens.Span(relation)) && !IsOnePersonBeforeModalHomograph(tokens, relation, next))
        {
            return -1;
        }
        var word = tokens.Span(next);
        var entry = tokens.Entry(next);
        var relationWord = tokens.Span(relation);
        if (ContextWords.Titles.Contains(word) || ContextWords.Relations.Contains(word) || ContextWords.ClinicalAcronyms.Contains(word)
            || IsContraction(word) || ContextWords.LooksMedical(word) && !entry.IsName() || ShortDateRules.MonthOf(word) > 0 && !WordShape.IsTitleCase(word)
                && !(WordShape.IsAllCaps(word) && tokens.IsWord(next + 1) && !tokens[next + 1].NewLineBefore && NotAfterModal.Contains(tokens.Span(next + 1))))
        {
            return -1;
        }
        bool stop = ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word);
        bool accepted;
        if (WordShape.IsAllCaps(word) && WordShape.IsAllCaps(relationWord) && word.Length >= 3 && entry.Given >= 1)
        {
            // "WIFE MAY CALLED", "SON WILL HERE", "HUSBAND ART CALLED": in capitals, a given name that is also a word, then a verb's past
            // or a place word that never follows the modal or the noun.
            accepted = tokens.IsWord(next + 1) && !tokens[next + 1].NewLineBefore && NotAfterModal.Contains(tokens.Span(next + 1));
        }
        else if (WordShape.IsTitleCase(word) && WordShape.IsLowerCase(relationWord))
        {
            // Ordinary text, a capital mid-sentence: a listed given name even if a stop word ("Per", "Will"), or any word no stop list holds.
            accepted = stop ? entry.Given >= 1 && !Possessives.Contains(word) : true;
        }
        else if (WordShape.IsLowerCase(word) && stop && entry.Given >= 1)
        {
            accepted = tokens.IsWord(next + 1) && !tokens[next + 1].NewLineBefore && NotAfterModal.Contains(tokens.Span(next + 1));
        }
        else
        {
            accepted = false;
        }
        if (!accepted)
        {
            return -1;
        }
        sink.Add(PhiType.Name, tokens[next].Start, tokens[next].Length, 0.75, "name-relation");
        return next;
    }

    /// <summary>
    /// "partner will at bedside", "caregiver may is here": a vague relation that still names one person, then a lower-case given name
    /// spelled like a modal and a word that never follows the modal (<see cref="NotAfterModal"/>).
    /// </summary>
    private static bool IsOnePersonBeforeModalHomograph(TextTokens tokens, int relation, int next) =>
        OnePersonRelations.Contains(tokens.Span(relation)) && WordShape.IsLowerCase(tokens.Span(next)) && tokens.Entry(next).Given >= 1
        && tokens.IsWord(next + 1) && !tokens[next + 1].NewLineBefore && NotAfterModal.Contains(tokens.Span(next + 1));

    private static readonly AsciiWordSet OnePersonRelations = new(["partner", "caregiver", "companion", "guardian", "landlord", "boss", "coworker", "co-worker"]);

    /// <summary>Relations too vague or plural for a word the lists call English to count as a name after them ("so", "relative", "parents").</summary>
    private static readonly AsciiWordSet GroupRelations = new(
        ["so", "significant", "relative", "parents", "parent", "children", "kids", "siblings", "caregiver", "partner", "companion", "proxy", "hcp", "nok",
         "guardian", "landlord", "boss", "coworker", "co-worker", "neighbors", "sisters", "brothers", "grandchildren", "grandsons", "granddaughters", "sons", "daughters"]);

    /// <summary>Words that follow a name but never the modal "will"/"may" ("son will at bedside", "dtr may is here").</summary>
    private static readonly AsciiWordSet NotAfterModal = new(
        ["at", "is", "was", "has", "had", "here", "called", "visited", "says", "said", "states", "stated", "came", "brought", "asked", "agrees", "agreed", "updated", "aware", "present"]);

    /// <summary>Reads 1–3 name words after a cue; returns the index of the last name token, or -1.</summary>
    private static int AfterCue(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int first, CueStrength strength, string rule, double confidence)
    {
        if (!tokens.IsWord(first) || tokens[first].NewLineBefore || IsContraction(tokens.Span(first)))
        {
            return -1;
        }
        var word = tokens.Span(first);
        var entry = tokens.Entry(first);
        int last;
        if (word.Length == 1 && tokens.IsSymbol(first + 1, '.') && tokens.IsWord(first + 2) && !tokens[first + 2].NewLineBefore)
        {
            // "Dr. J. Smith": an initial, then the surname.
            var surname = tokens.Span(first + 2);
            if (!LooksLikeName(surname, tokens.Entry(first + 2), CueStrength.Strong))
            {
                return -1;
            }
            last = first + 2;
        }
        else
        {
            bool accepted = strength switch
            {
                CueStrength.Strong or CueStrength.Role => LooksLikeName(word, entry, strength),
                _ => IsGivenName(word, entry, strength) || (strength == CueStrength.Introduction && EndsIntroduction(tokens, first, word, entry)),
            };
            if (!accepted || word.Length < 2)
            {
                return -1;
            }
            last = first;
        }
        last = ExtendRight(tokens, lexicon, first, last);
        sink.Add(PhiType.Name, tokens[first].Start, tokens[last].End - tokens[first].Start, confidence, rule);
        return last;
    }

    /// <summary>After a first name word: a middle initial and/or a surname on the same line ("John R. Smith").</summary>
    private static int ExtendRight(TextTokens tokens, PhiLexicon lexicon, int first, int last)
    {
        var firstWord = tokens.Span(first);
        var firstEntry = tokens.Entry(first);
        for (int words = 1; words < MaxNameWords; words++)
        {
            int next = last + 1;
            int afterInitial = next;
            if (tokens.IsWord(next) && tokens[next].Length == 1 && tokens.IsSymbol(next + 1, '.') && !tokens[next].NewLineBefore)
            {
                afterInitial = next + 2;
            }
            if (!tokens.IsWord(afterInitial) || tokens[afterInitial].NewLineBefore || !tokens[afterInitial].SpaceBefore)
            {
                return last;
            }
            var word = tokens.Span(afterInitial);
            var entry = tokens.Entry(afterInitial);
            if (ContextWords.NotNames.Contains(word) || ContextWords.CredentialsAfter.Contains(word) || NameStopWords.Contains(word) || IsContraction(word))
            {
                return last;
            }
            bool sameShape = WordShape.IsCapitalised(word) == WordShape.IsCapitalised(firstWord);
            bool followsGiven = firstEntry.Given > 0 || afterInitial != next;
            bool surnameLike = entry.Surname >= 2 || (entry.Surname >= 1 && entry.English <= 2) || (entry.English == 0 && word.Length >= 3);
            if (!(followsGiven && sameShape && surnameLike && (WordShape.IsCapitalised(word) || entry.English <= 1)))
            {
                return last;
            }
            last = afterInitial;
            firstEntry = entry;
            firstWord = word;
        }
        return last;
    }

    /// <summary>"WHITFIELD, DANA R.", "Brennan, Tomasz": surname, comma, given name (same letter case), optional initial.</summary>
    private static bool TryLastCommaFirst(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int i, out int end)
    {
        end = -1;
        if (!tokens.IsSymbol(i + 1, ',') || !tokens.Touches(i + 1) || !tokens.IsWord(i + 2) || tokens[i + 2].NewLineBefore)
        {
            return false;
        }
        var last = tokens.Span(i);
        var first = tokens.Span(i + 2);
        bool caps = WordShape.IsAllCaps(last) && WordShape.IsAllCaps(first);
        bool title = WordShape.IsTitleCase(last) && WordShape.IsTitleCase(first);
        bool lower = WordShape.IsLowerCase(last) && WordShape.IsLowerCase(first)
            && (tokens.NameClasses(i + 2) & NameClass.CommaGiven) != 0 && tokens.Entry(i).Surname >= 1 && tokens.Entry(i + 2).Given >= 2 && tokens.Entry(i + 2).English == 0;
        if (!(caps || title || lower) || last.Length < 2 || first.Length < 3)
        {
            return false;
        }
        var lastEntry = tokens.Entry(i);
        var firstEntry = tokens.Entry(i + 2);
        // "Rheumatology, Hudson Crest Medical Group": a specialty before its practice's name.
        if (last.EndsWith("ology", StringComparison.OrdinalIgnoreCase) || last.EndsWith("iatry", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (ContextWords.NotNames.Contains(last) || ContextWords.NotNames.Contains(first) || NameStopWords.Contains(last)
            || NameStopWords.Contains(first) || ContextWords.ClinicalAcronyms.Contains(last) || ContextWords.ClinicalAcronyms.Contains(first)
            || ContextWords.LooksMedical(last) && !tokens.Entry(i).IsName() || ContextWords.LooksMedical(first) && !tokens.Entry(i + 2).IsName())
        {
            return false;
        }
        bool surname = lastEntry.Surname >= 1 && (lastEntry.English <= 2 || lastEntry.Surname >= 2) || (lastEntry.English == 0 && lastEntry.Place == 0);
        // "NWACHUKWU, IFEANYI", "Novak, Branimir": a given name no list knows, when neither word is English.
        bool given = firstEntry.Given >= 1 && (firstEntry.English <= 1 || firstEntry.Given >= 2)
            || (firstEntry.English == 0 && lastEntry.English == 0 && firstEntry.Place == 0 && last.Length >= 3
                && (lastEntry.IsName() || Vowels(last) >= 2) && (firstEntry.IsName() || Vowels(first) >= 2));
        if (!surname || !given)
        {
            return false;
        }
        if (!(lastEntry.IsName() && firstEntry.IsName()) && !IsLastFirstSlot(tokens, i))
        {
            // "STAGE 2 SACRUM, MEPILEX", "CHANGED. CITRATE, ICA 1.12": words no name list holds, amid a line, are a list of things.
            return false;
        }
        end = i + 2;
        if (tokens.IsWord(end + 1) && tokens[end + 1].Length == 1 && !tokens[end + 1].NewLineBefore && char.IsUpper(tokens.Span(end + 1)[0]))
        {
            end++;
            if (tokens.IsSymbol(end + 1, '.') && tokens.Touches(end + 1))
            {
                end++;
            }
        }
        sink.Add(PhiType.Name, tokens[i].Start, tokens[end].End - tokens[i].Start, 0.8, "name-last-first");
        return true;
    }

    /// <summary>A given name and a surname without a cue, in any case when neither is an English word ("dana whitfield").</summary>
    private static bool TryPair(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int i, out int end)
    {
        end = -1;
        if (tokens[i].Length < 2)
        {
            return false;
        }
        // A word with no second word after it on its line (before punctuation, a number, a line end) starts no pair:
        // these token checks answer before the name filter hashes the word.
        int surnameIndex = i + 1;
        if (tokens.IsWord(surnameIndex) && tokens[surnameIndex].Length == 1 && tokens.IsSymbol(surnameIndex + 1, '.'))
        {
            surnameIndex += 2;
        }
        if (!tokens.IsWord(surnameIndex) || tokens[surnameIndex].NewLineBefore || !tokens[surnameIndex].SpaceBefore || tokens[surnameIndex].Length < 2)
        {
            return false;
        }
        var given = tokens.Span(i);
        // Most words are no given name: the lexicon's class filter answers without the large table.
        if ((tokens.NameClasses(i) & NameClass.PairGiven) == 0)
        {
            return false;
        }
        var givenEntry = tokens.Entry(i);
        if (givenEntry.Given == 0 || ContextWords.NotNames.Contains(given) || NameStopWords.Contains(given))
        {
            return false;
        }
        var surname = tokens.Span(surnameIndex);
        var surnameEntry = tokens.Entry(surnameIndex);
        if (ContextWords.NotNames.Contains(surname) || ContextWords.CredentialsAfter.Contains(surname) || NameStopWords.Contains(surname))
        {
            return false;
        }
        bool accepted;
        if (WordShape.IsTitleCase(given) && WordShape.IsTitleCase(surname))
        {
            accepted = (givenEntry.English <= 1 || givenEntry.Given >= 2)
                && (surnameEntry.Surname >= 1 || surnameEntry.English == 0) && surnameEntry.English <= 2 + (surnameEntry.Surname >= 2 ? 1 : 0);
        }
        else if (WordShape.IsAllCaps(given) && WordShape.IsAllCaps(surname))
        {
            accepted = givenEntry.English == 0 && givenEntry.Given >= 2 && surnameEntry.Surname >= 1 && surnameEntry.English <= 1;
        }
        else if (WordShape.IsLowerCase(given) && WordShape.IsLowerCase(surname))
        {
            accepted = givenEntry.English == 0 && surnameEntry.Surname >= 1 && surnameEntry.English <= 1
                && (givenEntry.Given >= 2 || given.Length >= 4 && surnameEntry.English == 0);
        }
        else
        {
            accepted = false;
        }
        if (!accepted)
        {
            return false;
        }
        // "Grace Mennonite Fellowship", "Hollis Corner", "Pruitt Roofing & Sons": an organisation's or a locality's name.
        if (OrganisationWords.IsHead(surname) || OrganisationWords.IsLocalityPart(surname) || OrganisationWords.StartsOrganisation(tokens, surnameIndex)
            || IsPlaceFirstWord(givenEntry) && !WordShape.IsLowerCase(surname) && surname.Length <= 4 && surnameEntry.English == 0)
        {
            return false;
        }
        end = surnameIndex;
        sink.Add(PhiType.Name, tokens[i].Start, tokens[end].End - tokens[i].Start, 0.72, "name-lexicon-pair");
        return true;
    }

    /// <summary>A lone capitalised word inside a sentence that only the name lists know ("Whitfield called").</summary>
    private static void TrySingle(FindingSink sink, TextTokens tokens, PhiLexicon lexicon, int i)
    {
        var word = tokens.Span(i);
        if (word.Length >= 4 && WordShape.IsLowerCase(word) && i > 0)
        {
            // Transcripts write names in lower case: only very common given names that are no English word ("marcus", "kendra").
            if ((tokens.NameClasses(i) & NameClass.LowerCaseAlone) == 0)
            {
                return;
            }
            var lower = tokens.Entry(i);
            if (lower.Given == 3 && lower.English == 0 && lower.Place <= 1 && !ContextWords.NotNames.Contains(word) && !NameStopWords.Contains(word)
                && !IsPossessiveOfStopWord(word))
            {
                sink.Add(PhiType.Name, tokens[i].Start, tokens[i].Length, 0.6, "name-lexicon");
            }
            return;
        }
        if (word.Length < 3 || !WordShape.IsTitleCase(word) || i == 0 || tokens[i].NewLineBefore)
        {
            return;
        }
        // Sentence starts and headings are capitalised anyway.
        var previous = tokens[i - 1];
        if (previous.Kind == TokenKind.Symbol && tokens.Span(i - 1) is "." or ":" or "!" or "?" or "-" or "*" or "#" or ">" or "\"")
        {
            return;
        }
        if ((tokens.NameClasses(i) & NameClass.CapitalisedAlone) == 0)
        {
            return;
        }
        var entry = tokens.Entry(i);
        if (entry.English != 0 || entry.Place >= 2 || !(entry.Given >= 2 || entry.Surname >= 2)
            || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || IsPossessiveOfStopWord(word))
        {
            return;
        }
        if (entry.Given == 0 && IsPlaceSlot(tokens, i) || NameRules.IsPlaceUse(tokens, i))
        {
            return;
        }
        if (OrganisationWords.StartsOrganisation(tokens, i) || OrganisationWords.IsAfterAmpersand(tokens, i))
        {
            // "Delgado's Bakery", "Pruitt & Sons", "Sandoval & Reyes": a business's name, left to the place rules.
            return;
        }
        sink.Add(PhiType.Name, tokens[i].Start, tokens[i].Length, 0.6, "name-lexicon");
    }

    /// <summary>
    /// "Boston Sci", "Austin Reg": a first word listed above all as a large place, before a short unlisted abbreviation, names a
    /// firm or a place's office, not a person.
    /// </summary>
    private static bool IsPlaceFirstWord(LexiconEntry given) => given.Place >= 3 && given.Place > given.Given;

    /// <summary>"june's fine", "Monday's": the possessive of a month, weekday or other stop word is no name either.</summary>
    private static bool IsPossessiveOfStopWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word[^1] is not ('s' or 'S') || word[^2] is not ('\'' or '’'))
        {
            return false;
        }
        var stem = word[..^2];
        return ContextWords.NotNames.Contains(stem) || NameStopWords.Contains(stem);
    }

    /// <summary>
    /// "pt from Tisdale", "lives in Marlowe", "Whitcombe Rehab, Stallworth": a lone surname-only word where a town
    /// stands (after "from", "in", "near", or a facility's name and a comma) is left to the place rules.
    /// </summary>
    private static bool IsPlaceSlot(TextTokens tokens, int i)
    {
        if (tokens.WordIs(i - 1, "from") || tokens.WordIs(i - 1, "in") || tokens.WordIs(i - 1, "near") || tokens.WordIs(i - 1, "outside"))
        {
            return true;
        }
        return tokens.IsSymbol(i - 1, ',') && tokens.IsWord(i - 2) && ContextWords.FacilityHeads.Contains(tokens.Span(i - 2));
    }

    /// <summary>"my name is X", "name's X", "I'm X", "I am X", "this is X", "it's X", "call me X".</summary>
    private static bool IsSelfIntroduction(TextTokens tokens, int i, out bool strong)
    {
        strong = false;
        var word = tokens.Span(i);
        if (word.Equals("is", StringComparison.OrdinalIgnoreCase) && tokens.WordIs(i - 1, "name"))
        {
            strong = true;
            return true;
        }
        if (word.Equals("name's", StringComparison.OrdinalIgnoreCase) || word.Equals("name’s", StringComparison.OrdinalIgnoreCase))
        {
            strong = true;
            return true;
        }
        if (word.Equals("me", StringComparison.OrdinalIgnoreCase) && (tokens.WordIs(i - 1, "call") || tokens.WordIs(i - 1, "calls")))
        {
            return true;
        }
        if (word.Equals("by", StringComparison.OrdinalIgnoreCase) && (tokens.WordIs(i - 1, "goes") || tokens.WordIs(i - 1, "go") || tokens.WordIs(i - 1, "went")))
        {
            // "she goes by Dee", "i go by kechi".
            return true;
        }
        return word.Equals("i'm", StringComparison.OrdinalIgnoreCase) || word.Equals("i’m", StringComparison.OrdinalIgnoreCase)
            || (word.Equals("am", StringComparison.OrdinalIgnoreCase) && tokens.WordIs(i - 1, "i"))
            || (word.Equals("is", StringComparison.OrdinalIgnoreCase) && tokens.WordIs(i - 1, "this"))
            || word.Equals("it's", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"this is joy from …", "i'm esi" at the end of a turn: a name, though also a word or unlisted.</summary>
    private static bool EndsIntroduction(TextTokens tokens, int index, ReadOnlySpan<char> word, LexiconEntry entry)
    {
        if (word.Length < 3 || ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word) || ContextWords.ClinicalAcronyms.Contains(word)
            || ContextWords.Titles.Contains(word))
        {
            return false;
        }
        int next = index + 1;
        bool boundary = next >= tokens.Count || tokens[next].NewLineBefore || tokens[next].Kind == TokenKind.Symbol
            || (tokens.IsWord(next) && (IntroductionFollowers.Contains(tokens.Span(next)) || ContextWords.RolesBefore.Contains(tokens.Span(next))));
        // A word no English list knows, at most a rare given name, a surname or a small place ("everybody calls me kechi"), not drug-shaped.
        return boundary && (entry.Given >= 2 || (entry.English == 0 && entry.Given <= 1 && entry.Place <= 1 && !(ContextWords.LooksMedical(word) && !entry.IsName())));
    }

    private static readonly AsciiWordSet IntroductionFollowers = new(["from", "with", "calling", "speaking", "here", "and", "i'm", "im", "your", "the", "one", "at", "in", "returning"]);

    private static int Vowels(ReadOnlySpan<char> word)
    {
        int count = 0;
        foreach (char c in word)
        {
            count += (c | 0x20) is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' ? 1 : 0;
        }
        return count;
    }

    private static int SkipCuePunctuation(TextTokens tokens, int next)
    {
        for (int guard = 0; guard < 2 && next < tokens.Count; guard++)
        {
            if (tokens[next].Kind == TokenKind.Symbol && tokens.Span(next) is ":" or "-" or "," or "=" or "\"")
            {
                next++;
            }
            else if (tokens.WordIs(next, "is") || tokens.WordIs(next, "was"))
            {
                next++;
            }
        }
        return next;
    }

    private static bool IsAfterComma(TextTokens tokens, int i) => tokens.IsSymbol(i - 1, ',');

    /// <summary>
    /// A word that may be a name after a cue: not a stop word, and either not an English word, or a listed
    /// name (English names such as "Baker" count after a title; after a role word they need a capital).
    /// </summary>
    private static bool LooksLikeName(ReadOnlySpan<char> word, LexiconEntry entry, CueStrength strength)
    {
        if (word.Length < 2 || ContextWords.NotNames.Contains(word) || ContextWords.CredentialsAfter.Contains(word)
            || NameStopWords.Contains(word) || ContextWords.ClinicalAcronyms.Contains(word) || ContextWords.Titles.Contains(word) || IsContraction(word))
        {
            return false;
        }
        // After a role word an all-capitals word is more often an abbreviation ("MD NPI") than a name, unless listed; another role
        // word is the role's own ("Consultant Nephrologist").
        if (strength == CueStrength.Role && (WordShape.IsAllCaps(word) && !entry.IsName() || ContextWords.RolesBefore.Contains(word)))
        {
            return false;
        }
        if (entry.English <= 1)
        {
            return strength == CueStrength.Strong || entry.IsName() || !WordShape.IsLowerCase(word);
        }
        return strength == CueStrength.Strong ? entry.IsName() : entry.IsName(2) && !WordShape.IsLowerCase(word);
    }

    /// <summary>A first name after a relation or an introduction: a listed given name; an English one ("Hope") only capitalised.</summary>
    private static bool IsGivenName(ReadOnlySpan<char> word, LexiconEntry entry, CueStrength strength)
    {
        if (word.Length < 2 || ContextWords.ClinicalAcronyms.Contains(word) || ContextWords.Relations.Contains(word) || ContextWords.Titles.Contains(word)
            || IsContraction(word))
        {
            return false;
        }
        bool stop = ContextWords.NotNames.Contains(word) || NameStopWords.Contains(word);
        // "daughter June", "son August": a capitalised month after a relation is a name.
        if (stop && !(strength == CueStrength.Relation && WordShape.IsTitleCase(word) && entry.Given >= 2 && ShortDateRules.MonthOf(word) > 0))
        {
            return false;
        }
        if (entry.Given >= 1 && entry.English <= 1)
        {
            return true;
        }
        if (strength == CueStrength.Relation && (WordShape.IsTitleCase(word) || WordShape.IsAllCaps(word)) && entry.Given >= 1)
        {
            return true;
        }
        if (strength == CueStrength.Relation && entry.Given == 0 && entry.Surname >= 1 && entry.English == 0 && entry.Place == 0 && word.Length >= 3)
        {
            // "their son danh": a word the lists hold only as a surname (given names of many languages are listed so) after a relation.
            return true;
        }
        if (strength == CueStrength.Relation && !entry.IsKnown && word.Length >= 3)
        {
            // "husband andrés", "dtr kerry-ann": a word no list knows after a relation.
            return true;
        }
        if ((entry.Given >= 2 || entry.Given >= 1 && strength == CueStrength.Relation) && (WordShape.IsTitleCase(word) || strength == CueStrength.Relation))
        {
            // After a relation even a word that is also English ("son frank", "HCP bob") is a name; "will", "may" are stop words.
            return true;
        }
        // A capitalised word no list knows, after a relation ("son Tomek").
        return strength == CueStrength.Relation && !entry.IsKnown && word.Length >= 3 && !WordShape.IsLowerCase(word);
    }
}

namespace MedDocs.Core.Categorization;

/// <summary>
/// Builtin, server-free document categorizer: scores each configured category from its layout (a letter, a form, a
/// court caption, a table of charges, a clinical report, a transcript — see <see cref="LayoutReader"/>), heading cues
/// (first <see cref="HeadingLines"/> non-empty lines, strong), body terms (weak, saturating) and file-name tokens.
/// Any cue gives a best guess; only a text without a single cue gets no category. Immutable after construction: one
/// instance may serve many threads.
/// </summary>
/// <remarks>
/// Score = (Σ heading-cue weights + B·(1 − e^(−body/B)))·v + Σ owned layout strengths + min(Σ file-name weights, F), where
/// body = Σ over distinct terms of w·tf·(k+1)/(tf+k) (BM25-style saturation, k = 1.2), B = 5, F = 4: a long record
/// repeating "patient" a thousand times gains no more than a short one naming it twice. v is 1, or less when the
/// document is clearly laid out as a genre another category owns (its headings then count as plain terms; see
/// <see cref="LayoutWeighing"/>). Confidence = 1 − e^(−(top − runner-up)/1.5) — the scale fitted on the dev split of the
/// held-out corpus (docs/categorize.md) — times the top score when it is below 1, and times 0.8 when the winner's cues
/// come only from configuration keywords (uncurated).
/// </remarks>
public sealed class CategoryRulesEngine
{
    /// <summary>How many non-empty lines count as the heading region.</summary>
    public const int HeadingLines = 15;

    private const double TermSaturationK = 1.2;
    private const double BodyCeiling = 5.0;
    private const double FileNameCeiling = 4.0;
    /// <summary>A top score below this is one weak word: the confidence is scaled down by it.</summary>
    private const double WeakScore = 1.0;
    private const double MidLineTitleFactor = 0.6;
    private const double ConfidenceScale = 1.5;
    private const double UncuratedConfidenceFactor = 0.8;
    private const double KeywordHeadingWeight = 2.0;
    private const double KeywordFileNameWeight = 2.0;
    private const double NameWordWeight = 1.5;
    private const int MaxStructuralMatches = 50;

    private readonly CategoryCueSet[] _cueSets;
    private readonly CueIndex _index;

    /// <summary>An engine for the four default categories with their curated cues.</summary>
    public CategoryRulesEngine()
        : this(DefaultCategories.All)
    {
    }

    /// <summary>
    /// An engine for the given categories. A category named like a default one (case-insensitive) gets the curated
    /// cues plus its keywords; any other gets its keywords, or — without keywords — the words of its name as weak cues.
    /// </summary>
    public CategoryRulesEngine(IEnumerable<CategoryDefinition> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        Categories = [.. categories];
        if (Categories.Count == 0)
        {
            throw new ArgumentException("At least one category is required; configure categories or use the defaults.", nameof(categories));
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var category in Categories)
        {
            if (category is null || string.IsNullOrWhiteSpace(category.Name))
            {
                throw new ArgumentException("Every category needs a non-empty Name.", nameof(categories));
            }

            if (!seen.Add(category.Name.Trim()))
            {
                throw new ArgumentException($"Category '{category.Name}' is configured twice; category names must be unique.", nameof(categories));
            }
        }

        _cueSets = [.. Categories.Select(BuildCueSet)];
        _index = new CueIndex(_cueSets);
    }

    public IReadOnlyList<CategoryDefinition> Categories { get; }

    /// <summary>Decides a category for one document's text (and, optionally, its file name).</summary>
    /// <remarks>
    /// Whenever any cue fires the verdict names the best-scoring category, however weak: a short or unclear document
    /// gets a best guess with a low confidence (a tie, 0) rather than none. Only a text without any cue gets no category.
    /// </remarks>
    public RulesVerdict Decide(string? fileName, string text)
    {
        // Layout patterns read lines; Windows and old Mac line ends must not hide a line's end from them.
        text = text is null ? string.Empty : text.Contains('\r', StringComparison.Ordinal) ? text.ReplaceLineEndings("\n") : text;
        var evidence = new CategoryEvidence[_cueSets.Length];
        for (var c = 0; c < evidence.Length; c++)
        {
            evidence[c] = new CategoryEvidence();
        }

        var headingLength = WordTokenizer.HeadingRegionLength(text, HeadingLines);
        CollectPhraseCues(text, evidence);
        CollectStructuralCues(text, headingLength, evidence);
        CollectFileNameCues(fileName, evidence);
        WeighLayout(LayoutReader.Read(text, headingLength), evidence);

        var scores = evidence.Select(e => e.Score(TermSaturationK, BodyCeiling, FileNameCeiling)).ToArray();
        var order = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();
        var ranked = order.Select(i => (Categories[i].Name, Math.Round(scores[i], 2))).ToArray();

        var best = order[0];
        var top = scores[best];
        var runnerUp = order.Length > 1 ? scores[order[1]] : 0.0;

        if (top <= 0)
        {
            return new RulesVerdict(null, 0, "No category cues found.", ranked);
        }

        var reason = evidence[best].Reason(_cueSets[best].TermNoun);
        if (top - runnerUp < 1e-9)
        {
            return new RulesVerdict(Categories[best].Name, 0,
                $"Best guess, tied with {Categories[order[1]].Name}: {LowerFirst(reason)}", ranked);
        }

        var confidence = 1 - Math.Exp(-(top - runnerUp) / ConfidenceScale);
        if (top < WeakScore)
        {
            // One weak word: a guess, and the confidence says so.
            confidence *= top;
        }

        if (!_cueSets[best].IsCurated)
        {
            confidence *= UncuratedConfidenceFactor;
        }

        return new RulesVerdict(Categories[best].Name, Math.Round(confidence, 3), reason, ranked);
    }

    /// <summary>Each category gains the layouts it owns; its words count for less in a layout another category owns.</summary>
    private void WeighLayout(DocumentLayout layout, CategoryEvidence[] evidence)
    {
        for (var c = 0; c < _cueSets.Length; c++)
        {
            foreach (var genre in _cueSets[c].Genres)
            {
                var strength = LayoutWeighing.StrengthFor(layout, genre);
                if (strength > 0)
                {
                    evidence[c].AddLayout($"{GenreNoun(genre)} ({string.Join(", ", layout.CuesOf(genre).Select(cue => cue.Label))})", strength);
                }
            }

            evidence[c].DiscountVocabulary(LayoutWeighing.VocabularyFactor(_cueSets[c], layout));
        }
    }

    private static string GenreNoun(LayoutGenre genre) => genre switch
    {
        LayoutGenre.Correspondence => "correspondence layout",
        LayoutGenre.Form => "patient form layout",
        LayoutGenre.Caption => "court caption",
        LayoutGenre.ItemizedTable => "itemized table",
        LayoutGenre.ClinicalReport => "clinical report layout",
        LayoutGenre.Transcript => "transcript layout",
        _ => "layout",
    };

    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private void CollectPhraseCues(string text, CategoryEvidence[] evidence)
    {
        var words = WordTokenizer.Tokenize(text, HeadingLines);
        foreach (var (indexed, first) in _index.Match(words))
        {
            var cue = indexed.Cue;
            var target = evidence[indexed.CategoryIndex];
            if (cue.Kind == CueKind.Title && first.InHeading)
            {
                // A heading leads its line; the same words further along a heading line ("…, new patient") weigh less.
                target.AddTitle($"title '{cue.Label}'", first.LeadsLine ? cue.Weight : cue.Weight * MidLineTitleFactor);
            }
            else
            {
                // A heading phrase deep in the body is only a mention ("see the attached Invoice"): a plain term.
                var weight = cue.Kind == CueKind.Title ? Math.Min(1.0, cue.Weight / 2) : cue.Weight;
                target.AddTerm(cue.Label, weight);
            }
        }
    }

    private void CollectStructuralCues(string text, int headingLength, CategoryEvidence[] evidence)
    {
        for (var c = 0; c < _cueSets.Length; c++)
        {
            foreach (var cue in _cueSets[c].Structural)
            {
                if (cue.Kind == CueKind.Title)
                {
                    if (cue.Pattern.Count(text.AsSpan(0, headingLength)) >= cue.MinimumMatches)
                    {
                        evidence[c].AddTitle(cue.ReasonText, cue.Weight);
                    }

                    continue;
                }

                var count = 0;
                foreach (var _ in cue.Pattern.EnumerateMatches(text))
                {
                    if (++count >= MaxStructuralMatches)
                    {
                        break;
                    }
                }

                for (var n = 0; n < count; n++)
                {
                    evidence[c].AddTerm(cue.ReasonText, cue.Weight);
                }
            }
        }
    }

    private void CollectFileNameCues(string? fileName, CategoryEvidence[] evidence)
    {
        var tokens = FileNameTokenizer.Tokenize(fileName).Distinct(StringComparer.Ordinal).ToList();
        for (var c = 0; c < _cueSets.Length; c++)
        {
            foreach (var token in tokens)
            {
                if (_cueSets[c].FileNameTokens.TryGetValue(token, out var weight))
                {
                    evidence[c].AddFileName(token, weight);
                }
            }
        }
    }

    private static CategoryCueSet BuildCueSet(CategoryDefinition definition)
    {
        var keywords = (definition.Keywords ?? [])
            .Where(k => !string.IsNullOrWhiteSpace(k) && WordTokenizer.PhraseKey(k).Length > 0)
            .Select(k => k.Trim())
            .ToList();
        var keywordCues = keywords.Select(k => new PhraseCue(k, k, KeywordHeadingWeight, CueKind.Title)).ToList();
        var keywordTokens = keywords
            .Select(WordTokenizer.PhraseKey)
            .Where(key => !key.Contains(' ', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(key => key, _ => KeywordFileNameWeight, StringComparer.OrdinalIgnoreCase);

        if (DefaultCategories.CuratedCues.TryGetValue(definition.Name.Trim(), out var curated))
        {
            var tokens = new Dictionary<string, double>(curated.FileNameTokens, StringComparer.OrdinalIgnoreCase);
            foreach (var (token, weight) in keywordTokens)
            {
                tokens.TryAdd(token, weight);
            }

            return curated with { Phrases = [.. curated.Phrases, .. keywordCues], FileNameTokens = tokens };
        }

        if (keywordCues.Count > 0)
        {
            return new CategoryCueSet(keywordCues, [], keywordTokens, "keyword", IsCurated: false);
        }

        // No cues configured: the name's own words ("Correspondence", "Employment Records") are weak heading cues.
        var nameWords = WordTokenizer.PhraseKey(definition.Name)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new CategoryCueSet(
            [.. nameWords.Select(w => new PhraseCue(w, w, NameWordWeight, CueKind.Title))],
            [],
            nameWords.ToDictionary(w => w, _ => NameWordWeight, StringComparer.OrdinalIgnoreCase),
            "keyword",
            IsCurated: false);
    }
}

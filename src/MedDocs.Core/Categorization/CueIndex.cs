namespace MedDocs.Core.Categorization;

/// <summary>A phrase cue bound to the category (by index) it speaks for.</summary>
internal sealed record IndexedCue(int CategoryIndex, PhraseCue Cue);

/// <summary>
/// All phrase cues of all categories, keyed by their word sequence, matched greedily longest-first so that a longer
/// cue hides the shorter ones inside it: "chief complaint" (clinical) is never read as "complaint" (pleading),
/// "range of motion" never as "motion".
/// </summary>
internal sealed class CueIndex
{
    private readonly Dictionary<string, List<IndexedCue>> _byPhrase = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly int _longestPhrase;

    public CueIndex(IReadOnlyList<CategoryCueSet> cueSets)
    {
        for (var c = 0; c < cueSets.Count; c++)
        {
            foreach (var cue in cueSets[c].Phrases)
            {
                var key = WordTokenizer.PhraseKey(cue.Phrase);
                if (key.Length == 0)
                {
                    continue;
                }

                if (!_byPhrase.TryGetValue(key, out var list))
                {
                    list = [];
                    _byPhrase[key] = list;
                }

                list.Add(new IndexedCue(c, cue));
                var words = key.Split(' ');
                _firstWords.Add(words[0]);
                _longestPhrase = Math.Max(_longestPhrase, words.Length);
            }
        }
    }

    /// <summary>Every cue occurrence in the words, with the word it starts at (heading region, start of a line).</summary>
    public IEnumerable<(IndexedCue Cue, DocumentWord First)> Match(List<DocumentWord> words)
    {
        var i = 0;
        while (i < words.Count)
        {
            var matchedLength = 0;
            if (_firstWords.Contains(words[i].Text))
            {
                for (var length = Math.Min(_longestPhrase, words.Count - i); length >= 1 && matchedLength == 0; length--)
                {
                    var key = length == 1 ? words[i].Text : string.Join(' ', words.GetRange(i, length).Select(w => w.Text));
                    if (_byPhrase.TryGetValue(key, out var cues))
                    {
                        matchedLength = length;
                        foreach (var cue in cues)
                        {
                            yield return (cue, words[i]);
                        }
                    }
                }
            }

            i += Math.Max(1, matchedLength);
        }
    }
}

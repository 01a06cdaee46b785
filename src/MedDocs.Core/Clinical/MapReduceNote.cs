using MedDocs.Core.Requests;

namespace MedDocs.Core.Clinical;

/// <summary>
/// Drafts one note from a transcript of any length. One that fits the context is one call (two, run concurrently,
/// when entities are wanted too). A longer one is split into chunks sized from the model's context; each chunk
/// gets one call for its section notes (with its entities, when wanted), and one reduce call merges the parts
/// into the note — more reduce rounds only if the parts' notes themselves exceed the context. When no two part
/// notes fit one request (a 512-token llama.cpp slot), their sections are joined in order without the model rather
/// than sent in a merge that would overflow the context and lose the note (<see cref="NoteDraft.JoinedParts"/>).
/// </summary>
public sealed class MapReduceNote
{
    private readonly ClinicalModel _model;

    public MapReduceNote(ClinicalModel model) => _model = model ?? throw new ArgumentNullException(nameof(model));

    public async Task<NoteDraft> DraftAsync(string text, bool withEntities, ClinicalUsage usage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(usage);
        if (_model.Fits(text))
        {
            if (!withEntities)
            {
                return new NoteDraft(await _model.NoteAsync(text, usage, cancellationToken).ConfigureAwait(false), null, 1);
            }
            // Independent questions: both asked at once (the server's request gate admits them as slots allow).
            var note = _model.NoteAsync(text, usage, cancellationToken);
            var entities = _model.EntitiesAsync(text, usage, cancellationToken);
            await Task.WhenAll(note, entities).ConfigureAwait(false);
            return new NoteDraft(await note.ConfigureAwait(false), await entities.ConfigureAwait(false), 1);
        }

        var chunks = _model.Chunk(text);
        var parts = await FanOut.MapAsync(chunks,
            (chunk, ct) => _model.PartAsync(chunk.Text, chunk.Index + 1, chunks.Count, withEntities, usage, ct), cancellationToken).ConfigureAwait(false);
        var (sections, joinedParts) = await ReduceAsync(parts.Select(p => p.Sections).ToList(), usage, cancellationToken).ConfigureAwait(false);
        var found = withEntities ? parts.SelectMany(p => p.Entities ?? []).ToList() : null;
        return new NoteDraft(sections, found, chunks.Count) { JoinedParts = joinedParts };
    }

    /// <summary>
    /// Merges part notes: all at once when they fit, else consecutive groups that fit, round after round; joins them
    /// (and says how many) when no two fit one request.
    /// </summary>
    private async Task<(IReadOnlyDictionary<string, string> Sections, int JoinedParts)> ReduceAsync(List<IReadOnlyDictionary<string, string>> parts, ClinicalUsage usage, CancellationToken cancellationToken)
    {
        var template = _model.Options.Template;
        while (true)
        {
            if (parts.Count == 1)
            {
                return (parts[0], 0);
            }
            var groups = Group(parts, p => ClinicalPrompts.PartsMessage([p], template).Length + 2);
            if (groups.Count == 1)
            {
                return (await _model.MergeAsync(parts, usage, cancellationToken).ConfigureAwait(false), 0);
            }
            if (groups.All(g => g.Count == 1))
            {
                // No two part notes fit one merge request: merging them all would overflow the context and fail the
                // whole note, so each section keeps what every part said, in transcript order.
                return (JoinSections(parts, template), parts.Count);
            }
            var merged = await FanOut.MapAsync(groups,
                (group, ct) => group.Count == 1 ? Task.FromResult(group[0]) : _model.MergeAsync(group, usage, ct), cancellationToken).ConfigureAwait(false);
            parts = merged.ToList();
        }
    }

    private static Dictionary<string, string> JoinSections(IReadOnlyList<IReadOnlyDictionary<string, string>> parts, SoapTemplate template)
    {
        var joined = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in ClinicalSections.For(template))
        {
            var texts = parts.Select(p => p.TryGetValue(section.Key, out var text) ? text.Trim() : string.Empty).Where(t => t.Length > 0);
            joined[section.Key] = string.Join("\n", texts);
        }
        return joined;
    }

    private List<List<IReadOnlyDictionary<string, string>>> Group(IReadOnlyList<IReadOnlyDictionary<string, string>> parts, Func<IReadOnlyDictionary<string, string>, int> size)
    {
        var groups = new List<List<IReadOnlyDictionary<string, string>>>();
        var current = new List<IReadOnlyDictionary<string, string>>();
        var used = 0;
        foreach (var part in parts)
        {
            var length = size(part);
            if (current.Count > 0 && used + length > _model.PartInputChars)
            {
                groups.Add(current);
                current = [];
                used = 0;
            }
            current.Add(part);
            used += length;
        }
        groups.Add(current);
        return groups;
    }
}

using MedDocs.Core.Cache;
using MedDocs.Core.Embeddings;
using MedDocs.Core.Providers;
using MedDocs.Core.Requests;

namespace MedDocs.Core.Phi;

/// <summary>
/// The model half of PHI detection. A long text is split into overlapping chunks that fit the model's
/// context; each chunk is asked for (type, text) pairs through a JSON schema; every returned string is
/// located in its chunk (all verbatim occurrences, see <see cref="PhiTextLocator"/>) and mapped to
/// document offsets (chunk start + index). Strings that occur nowhere are dropped and counted as
/// hallucinated. Thread-safe: one instance serves a whole batch.
/// </summary>
public sealed class PhiLlmEngine
{
    private readonly CachedChat _client;
    private readonly PhiLlmOptions _options;

    /// <param name="cache">The result cache (its policy stores PHI answers only when the user opted in); null sends every request.</param>
    public PhiLlmEngine(LlmClient client, PhiLlmOptions options, ResultCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = new CachedChat(client, cache);
        _options = options;
    }

    public PhiLlmOptions Options => _options;

    /// <summary>Findings in <paramref name="text"/> with document offsets, sorted, without duplicates.</summary>
    /// <exception cref="LlmException">The server failed or never answered in the schema (the message holds no document text).</exception>
    public async Task<PhiLlmResult> FindAsync(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chunks = TextChunker.Split(text, _options.ChunkChars, _options.OverlapChars);
        // Every chunk is asked at once; the server's request gate decides how many are on the wire.
        var perChunk = await FanOut.MapAsync(chunks, async (chunk, ct) =>
        {
            var answer = await _client.AskAsync(CacheScope.Phi, PhiLlmPrompt.Request(chunk.Text, _options.AnswerTokens, _options.Compact), PhiLlmPrompt.Parse, ct).ConfigureAwait(false);
            return Locate(chunk, answer.Value, answer.Answer.Attempts, answer.Answer.Model) with { Cached = answer.Cached };
        }, cancellationToken).ConfigureAwait(false);

        // The same identifier in the overlap of two chunks is found twice at the same offsets: keep one.
        var unique = new Dictionary<(int Start, int Length, PhiType Type), PhiFinding>();
        foreach (var outcome in perChunk)
        {
            foreach (var finding in outcome.Findings)
            {
                unique.TryAdd((finding.Start, finding.Length, finding.Type), finding);
            }
        }
        var findings = unique.Values.OrderBy(f => f.Start).ThenByDescending(f => f.Length).ToList();
        return new PhiLlmResult(
            findings,
            chunks.Count,
            perChunk.Sum(o => o.Calls),
            perChunk.Sum(o => o.Returned),
            perChunk.Sum(o => o.Hallucinated),
            perChunk.Select(o => o.Model).FirstOrDefault(m => m.Length > 0) ?? _client.Target.ChatModel ?? string.Empty)
        {
            CachedChunks = perChunk.Count(o => o.Cached),
        };
    }

    private ChunkOutcome Locate(TextChunk chunk, IReadOnlyList<(PhiType Type, string Text)> returned, int calls, string model)
    {
        var findings = new List<PhiFinding>();
        int hallucinated = 0;
        foreach (var (type, value) in returned)
        {
            var occurrences = PhiTextLocator.FindAll(chunk.Text, value);
            if (occurrences.Count == 0)
            {
                hallucinated++;
                continue;
            }
            foreach (var (start, length) in occurrences)
            {
                findings.Add(new PhiFinding(type, chunk.Text.Substring(start, length), chunk.Start + start, length,
                    _options.Confidence, PhiFinding.LlmEngine, null));
            }
        }
        return new ChunkOutcome(findings, calls, returned.Count, hallucinated, model);
    }

    private sealed record ChunkOutcome(List<PhiFinding> Findings, int Calls, int Returned, int Hallucinated, string Model)
    {
        public bool Cached { get; init; }
    }
}

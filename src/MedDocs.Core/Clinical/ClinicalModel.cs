using MedDocs.Core.Cache;
using MedDocs.Core.Embeddings;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Clinical;

/// <summary>
/// The clinical questions put to a model, each one schema-checked call (asked once more on an invalid answer),
/// and the input budget that decides when a transcript must be split. Thread-safe.
/// </summary>
public sealed class ClinicalModel
{
    private readonly CachedChat _client;

    /// <param name="cache">The result cache (notes and entities hold PHI: stored only when the user opted in); null sends every request.</param>
    public ClinicalModel(LlmClient client, ClinicalOptions options, ResultCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = new CachedChat(client, cache);
        Options = options;
        var compact = options.Compact;
        // A transcript that fits goes in one note call and one entities call: the longer of their prompts decides.
        var wholeChars = Math.Max(ClinicalPrompts.NoteSystem(options.Template, compact).Length, ClinicalPrompts.EntitySystem(compact).Length)
            + ClinicalPrompts.TranscriptMessage(string.Empty).Length;
        InputChars = TokenBudget.InputChars(options.ContextTokens, options.AnswerTokens, wholeChars);
        // Parts of a longer one carry the longest fixed prompt (a part with entities, or the merge).
        var partChars = Math.Max(ClinicalPrompts.PartSystem(options.Template, 99, 99, withEntities: true, compact).Length,
            ClinicalPrompts.MergeSystem(options.Template, compact).Length) + ClinicalPrompts.PartMessage(string.Empty).Length;
        PartInputChars = Math.Min(InputChars, TokenBudget.InputChars(options.ContextTokens, options.AnswerTokens, partChars));
    }

    public ClinicalOptions Options { get; }

    public ServerTarget Target => _client.Target;

    /// <summary>The model records name before the server has answered.</summary>
    public string ModelName => Options.Model ?? _client.Target.ChatModel ?? "default";

    /// <summary>Characters of transcript one call may carry when the whole transcript fits.</summary>
    public int InputChars { get; }

    /// <summary>Characters of transcript (or part notes) one map or reduce call may carry.</summary>
    public int PartInputChars { get; }

    public bool Fits(string text) => text.Length <= InputChars;

    /// <summary>The parts a transcript is sent in: one when it fits, else overlapping chunks cut at paragraph, line or sentence ends.</summary>
    public IReadOnlyList<TextChunk> Chunk(string text) => Fits(text)
        ? [new TextChunk(0, 0, text.Length, text)]
        : TextChunker.Split(text, PartInputChars, Math.Min(400, PartInputChars / 10));

    public async Task<IReadOnlyDictionary<string, string>> NoteAsync(string text, ClinicalUsage usage, CancellationToken cancellationToken)
    {
        var template = Options.Template;
        var answer = await AskAsync(CacheScope.SoapNote, ClinicalPrompts.NoteSystem(template, Options.Compact), ClinicalPrompts.TranscriptMessage(text), ClinicalPrompts.NoteSchema(template, Options.AnswerTokens),
            root => ClinicalAnswers.Sections(root, template), usage, cancellationToken).ConfigureAwait(false);
        return answer;
    }

    public async Task<IReadOnlyList<ExtractedEntity>> EntitiesAsync(string text, ClinicalUsage usage, CancellationToken cancellationToken) =>
        await AskAsync(CacheScope.Entities, ClinicalPrompts.EntitySystem(Options.Compact), ClinicalPrompts.TranscriptMessage(text), ClinicalPrompts.EntitySchema(Options.AnswerTokens),
            ClinicalAnswers.Entities, usage, cancellationToken).ConfigureAwait(false);

    /// <summary>The map step: section notes (and entities) for part <paramref name="part"/> of <paramref name="parts"/>.</summary>
    public Task<NotePart> PartAsync(string text, int part, int parts, bool withEntities, ClinicalUsage usage, CancellationToken cancellationToken)
    {
        var template = Options.Template;
        return AskAsync(CacheScope.SoapNote, ClinicalPrompts.PartSystem(template, part, parts, withEntities, Options.Compact), ClinicalPrompts.PartMessage(text),
            ClinicalPrompts.PartSchema(template, withEntities, Options.AnswerTokens), root => ClinicalAnswers.Part(root, template, withEntities), usage, cancellationToken);
    }

    /// <summary>The reduce step: one note from the section notes of consecutive parts.</summary>
    public async Task<IReadOnlyDictionary<string, string>> MergeAsync(IReadOnlyList<IReadOnlyDictionary<string, string>> parts, ClinicalUsage usage, CancellationToken cancellationToken)
    {
        var template = Options.Template;
        return await AskAsync(CacheScope.SoapNote, ClinicalPrompts.MergeSystem(template, Options.Compact), ClinicalPrompts.PartsMessage(parts, template), ClinicalPrompts.NoteSchema(template, Options.AnswerTokens),
            root => ClinicalAnswers.Sections(root, template), usage, cancellationToken).ConfigureAwait(false);
    }

    private async Task<T> AskAsync<T>(CacheScope scope, string system, string user, JsonSchemaFormat schema, Func<System.Text.Json.JsonElement, T?> parse, ClinicalUsage usage, CancellationToken cancellationToken)
        where T : class
    {
        var request = new ChatRequest([ChatMessage.System(system), ChatMessage.User(user)])
        {
            Model = Options.Model,
            Schema = schema,
            Temperature = Options.Temperature,
            MaxTokens = Options.AnswerTokens,
        };
        var answer = await _client.AskAsync(scope, request, parse, cancellationToken).ConfigureAwait(false);
        usage.Add(answer.Answer, answer.Cached);
        return answer.Value;
    }
}

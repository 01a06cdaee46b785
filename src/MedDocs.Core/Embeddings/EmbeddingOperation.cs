using System.Runtime.CompilerServices;
using MedDocs.Core.Documents;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Embeddings;

/// <summary>
/// Embeds documents with a server model or the builtin embedder. Hosts <see cref="Prepare"/> each loaded document
/// (on any thread: it chunks and prefixes), <see cref="Post"/> the inputs (from their one consumer thread),
/// read outcomes as requests finish, and <see cref="Complete"/> at the end. Texts of many documents share a request
/// (<see cref="EmbeddingBatcher"/>). A request failure is reported once per document.
/// </summary>
public sealed class EmbeddingOperation : IDisposable
{
    /// <summary>Share of the context a chunk may fill: 4 characters per token is a guess, and clinical text (numbers, abbreviations) tokenizes denser.</summary>
    private const double ChunkShareOfContext = 0.75;

    private readonly IEmbeddingBackend _backend;
    private readonly EmbeddingOptions _options;
    private readonly EmbeddingBatcher _batcher;
    private readonly HashSet<int> _failedSources = new();
    private readonly bool _prefixes;
    private int _nextSourceId;

    public EmbeddingOperation(IEmbeddingBackend backend, EmbeddingOptions options, int contextTokens, CancellationToken cancellationToken)
    {
        _backend = backend;
        _options = options;
        _prefixes = TaskPrefixes.AreRequiredBy(backend.Model);
        ContextTokens = contextTokens;
        ChunkTokens = Math.Max(16, (int)(contextTokens * ChunkShareOfContext));
        OverlapTokens = ChunkTokens / 8;
        _batcher = new EmbeddingBatcher(backend, options.BatchSize, options.MaxConcurrentRequests, ToRecord, cancellationToken);
    }

    /// <summary>The operation for a resolved provider: the builtin embedder, or the server's embedding model (checked against its list).</summary>
    public static EmbeddingOperation Create(ResolvedProvider provider, LlmClientOptions clientOptions, EmbeddingOptions options, CancellationToken cancellationToken)
    {
        if (provider.IsBuiltin)
        {
            return CreateBuiltin(options, cancellationToken);
        }
        var model = EmbeddingModels.Resolve(provider);
        var client = new LlmClient(provider.Target! with { EmbeddingModel = model }, clientOptions);
        return new EmbeddingOperation(new ServerEmbeddingBackend(client, model), options, provider.ContextLengthOf(model, options.ContextTokens), cancellationToken);
    }

    /// <summary>
    /// The builtin embedder: all-MiniLM-L6-v2 (loaded once per process, on first use; MiniLmNotInstalled when its files
    /// are missing), or the hashing embedder when <see cref="EmbeddingOptions.BuiltinModel"/> names it.
    /// </summary>
    public static EmbeddingOperation CreateBuiltin(EmbeddingOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (HashingEmbedder.IsNamedBy(options.BuiltinModel))
        {
            // Hashing at the asked size keeps every feature; cutting a 768-bucket vector would drop two thirds of them.
            var size = options.Dimensions is int wanted && wanted >= HashingEmbedder.MinDimensions ? wanted : HashingEmbedder.DefaultDimensions;
            return new EmbeddingOperation(new HashingEmbeddingBackend(new HashingEmbedder(size)), options, options.ContextTokens, cancellationToken);
        }
        return new EmbeddingOperation(new BuiltinEmbeddingBackend(MiniLmEmbedder.Shared), options, MiniLmEmbedder.MaxTokens, cancellationToken);
    }

    public string Model => _backend.Model;
    public string Provider => _backend.Provider;
    public bool IsBuiltin => _backend is BuiltinEmbeddingBackend or HashingEmbeddingBackend;

    /// <summary>True for the lexical hashing embedder (it has no window and no meaning: the caller may want to say so).</summary>
    public bool IsLexical => _backend is HashingEmbeddingBackend;

    /// <summary>The model's context in tokens (as the server reports it, else the fallback).</summary>
    public int ContextTokens { get; }

    /// <summary>Chunk size and overlap in tokens (4 characters each).</summary>
    public int ChunkTokens { get; }
    public int OverlapTokens { get; }

    /// <summary>Requests sent so far.</summary>
    public int Requests => _batcher.Requests;

    /// <summary>The texts to embed for one document: the whole text, or its chunks with -Chunk. Thread-safe.</summary>
    public IReadOnlyList<EmbeddingInput> Prepare(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var id = Interlocked.Increment(ref _nextSourceId);
        var label = document.Path is null ? document.Metadata.Title : null;
        var name = document.Path ?? label;
        var text = document.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new MedDocsException("NoTextToEmbed", ErrorKind.InvalidData,
                $"'{document.DisplayName}' has no text to embed (a scan without a text layer?). Check it with Get-DocumentText.");
        }
        IReadOnlyList<TextChunk> chunks;
        if (_options.Chunk)
        {
            chunks = TextChunker.SplitByTokens(text, ChunkTokens, OverlapTokens);
            if (_backend is BuiltinEmbeddingBackend model)
            {
                chunks = WindowFitter.Fit(chunks, model.CountTokens, MiniLmEmbedder.MaxWordPieces);
            }
        }
        else
        {
            if (_backend is BuiltinEmbeddingBackend model && model.CountTokens(text) is var pieces && pieces > MiniLmEmbedder.MaxWordPieces)
            {
                throw new MedDocsException("EmbeddingInputTooLong", ErrorKind.LimitExceeded,
                    $"'{document.DisplayName}' has {pieces} word pieces; {Model} reads at most {MiniLmEmbedder.MaxWordPieces} at a time (its 256-token window). Use -Chunk (--chunk) to embed it in passages.");
            }
            if (!IsBuiltin && text.Length > (long)ContextTokens * TextChunker.ApproxCharsPerToken)
            {
                throw new MedDocsException("EmbeddingInputTooLong", ErrorKind.LimitExceeded,
                    $"'{document.DisplayName}' has {text.Length} characters (~{text.Length / TextChunker.ApproxCharsPerToken} tokens), more than {Model}'s context of {ContextTokens} tokens. Use -Chunk (--chunk) to embed it in passages.");
            }
            chunks = [new TextChunk(0, 0, text.Length, text)];
        }
        return chunks.Select(c => new EmbeddingInput(id, name, document.Path, label, c, ModelText(c.Text, _options.Task))).ToList();
    }

    /// <summary>Queues a document's inputs (call from one thread).</summary>
    public void Post(IReadOnlyList<EmbeddingInput> inputs)
    {
        foreach (var input in inputs)
        {
            _batcher.Post(input);
        }
    }

    /// <summary>No more documents: sends the last partial batch.</summary>
    public void Complete() => _batcher.Complete();

    /// <summary>A finished outcome, if one is ready; a document's second failure is skipped (one error per document).</summary>
    public bool TryRead(out EmbeddingOutcome outcome)
    {
        while (_batcher.TryRead(out outcome))
        {
            if (Keep(outcome))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>All outcomes until every request has finished (after <see cref="Complete"/>).</summary>
    public async IAsyncEnumerable<EmbeddingOutcome> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var outcome in _batcher.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (Keep(outcome))
            {
                yield return outcome;
            }
        }
    }

    /// <summary>Convenience for scripts and tests: embeds the documents and returns every outcome.</summary>
    public async Task<IReadOnlyList<EmbeddingOutcome>> RunAsync(IEnumerable<Document> documents, CancellationToken cancellationToken)
    {
        foreach (var document in documents)
        {
            Post(Prepare(document));
        }
        Complete();
        var outcomes = new List<EmbeddingOutcome>();
        await foreach (var outcome in ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            outcomes.Add(outcome);
        }
        return outcomes;
    }

    /// <summary>A search query's vector: same model, task Query, cut to <paramref name="dimensions"/> when given.</summary>
    public async Task<float[]> EmbedQueryAsync(string query, int? dimensions, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        var batch = await _backend.EmbedAsync([ModelText(query, EmbeddingTask.Query)], cancellationToken).ConfigureAwait(false);
        return Shorten(batch.Vectors[0], dimensions ?? _options.Dimensions, batch.Model);
    }

    private string ModelText(string text, EmbeddingTask task) => _prefixes ? TaskPrefixes.For(task) + text : text;

    private bool Keep(EmbeddingOutcome outcome) => outcome.Succeeded || _failedSources.Add(outcome.SourceId);

    private EmbeddingRecord ToRecord(EmbeddingInput input, float[] vector, EmbeddingBatch batch) => new()
    {
        Path = input.Path,
        Label = input.Label,
        ChunkIndex = input.Chunk.Index,
        Start = input.Chunk.Start,
        Length = input.Chunk.Length,
        Text = _options.IncludeText ? input.Chunk.Text : null,
        Vector = Shorten(vector, _options.Dimensions, batch.Model),
        Model = batch.Model,
        Provider = _backend.Provider,
        Endpoint = (_backend as ServerEmbeddingBackend)?.Endpoint,
        Engine = _backend.Engine,
        Task = _prefixes ? _options.Task.ToString() : null,
        ElapsedMs = Math.Round(batch.Elapsed.TotalMilliseconds, 1),
    };

    private static float[] Shorten(float[] vector, int? dimensions, string model)
    {
        if (dimensions is not int wanted || wanted == vector.Length)
        {
            return vector;
        }
        if (wanted > vector.Length)
        {
            throw new MedDocsException("DimensionsTooLarge", ErrorKind.InvalidOperation,
                $"{model} returns {vector.Length}-dimension vectors; -Dimensions {wanted} is larger. Choose {vector.Length} or fewer.");
        }
        // Servers (LM Studio) ignore the dimensions field, so Matryoshka truncation happens here.
        return VectorMath.TruncateAndRenormalize(vector, wanted);
    }

    public void Dispose() => _batcher.Dispose();
}

using System.Globalization;
using System.Runtime.CompilerServices;
using MedDocs.Core.Cache;
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
    private readonly EmbeddingCache? _cache;
    private readonly EmbeddingOptions _options;
    private readonly EmbeddingBatcher _batcher;
    private readonly HashSet<int> _failedSources = new();
    private readonly bool _prefixes;
    private int _nextSourceId;

    public EmbeddingOperation(IEmbeddingBackend backend, EmbeddingOptions options, int contextTokens, CancellationToken cancellationToken)
        : this(backend, null, options, contextTokens, cancellationToken)
    {
    }

    /// <param name="cache">Vectors already known for this server and model: inputs found there are never sent. Null sends every input.</param>
    public EmbeddingOperation(IEmbeddingBackend backend, EmbeddingCache? cache, EmbeddingOptions options, int contextTokens, CancellationToken cancellationToken)
    {
        _backend = cache is null ? backend : new CachingEmbeddingBackend(backend, cache);
        _cache = cache;
        _options = options;
        _prefixes = TaskPrefixes.AreRequiredBy(backend.Model);
        ContextTokens = contextTokens;
        ChunkTokens = Math.Max(16, (int)(contextTokens * ChunkShareOfContext));
        OverlapTokens = ChunkTokens / 8;
        _batcher = new EmbeddingBatcher(_backend, options.BatchSize, Finish, cancellationToken);
    }

    /// <summary>The operation for a resolved provider: the builtin embedder, or the server's embedding model (checked against its list).</summary>
    public static EmbeddingOperation Create(ResolvedProvider provider, LlmClientOptions clientOptions, EmbeddingOptions options, CancellationToken cancellationToken) =>
        Create(provider, clientOptions, options, null, cancellationToken);

    /// <summary>As above, with the result cache for server vectors (the builtin embedder is local and fast: never cached).</summary>
    public static EmbeddingOperation Create(ResolvedProvider provider, LlmClientOptions clientOptions, EmbeddingOptions options, ResultCache? cache, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(clientOptions);
        ArgumentNullException.ThrowIfNull(options);
        if (provider.IsBuiltin)
        {
            return CreateBuiltin(options, cancellationToken);
        }
        var model = EmbeddingModels.Resolve(provider);
        var client = new LlmClient(provider.Target! with { EmbeddingModel = model }, clientOptions);
        // What the server reports for the model (llama.cpp: the slot's context), else the option, else the setting.
        var context = provider.ContextLengthOf(model, options.ContextTokens ?? clientOptions.EmbeddingContextLength);
        var vectors = cache is null ? null : new EmbeddingCache(cache, client.Target, model);
        return new EmbeddingOperation(new ServerEmbeddingBackend(client, model), vectors, options, context, cancellationToken);
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
            return new EmbeddingOperation(new HashingEmbeddingBackend(new HashingEmbedder(size)), options, options.ContextTokens ?? EmbeddingOptions.DefaultContextTokens, cancellationToken);
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
                HostMessage.Of($"'{document.DisplayName}' has no text to embed: it {DocumentWarnings.NoTextReason(document)}."));
        }
        var prefixChars = _prefixes ? TaskPrefixes.For(_options.Task).Length : 0;
        if (_options.Chunk)
        {
            IReadOnlyList<TextChunk> chunks = TextChunker.SplitByTokens(text, ChunkTokens, OverlapTokens);
            if (_backend is BuiltinEmbeddingBackend model)
            {
                chunks = WindowFitter.Fit(chunks, model.CountTokens, MiniLmEmbedder.MaxWordPieces);
            }
            return chunks.Select(c => Known(new EmbeddingInput(id, name, document.Path, label, c, ModelText(c.Text, _options.Task)))).ToList();
        }
        if (_backend is BuiltinEmbeddingBackend miniLm && miniLm.CountTokens(text) is var pieces && pieces > MiniLmEmbedder.MaxWordPieces)
        {
            throw new MedDocsException("EmbeddingInputTooLong", ErrorKind.LimitExceeded,
                HostMessage.Of($"'{document.DisplayName}' has {pieces} word pieces; {Model} reads at most {MiniLmEmbedder.MaxWordPieces} at a time (its 256-token window). Use {HostOption.Parameter("Chunk")} to embed it in passages."));
        }
        // A whole document longer than a server model's context is cut to fit (and flagged): the server would refuse
        // it, and llama.cpp would fail every other text in the same request with it.
        var fits = IsBuiltin ? text.Length : Math.Max(1, MaxInputChars - prefixChars);
        var whole = new TextChunk(0, 0, text.Length, text);
        var input = new EmbeddingInput(id, name, document.Path, label, whole, ModelText(text, _options.Task));
        return [Known(text.Length <= fits ? input : input.CutTo(CutPoint(text, fits)))];
    }

    /// <summary>Characters one input may have: the context less a tenth for tokenizer differences, four characters a token.</summary>
    public int MaxInputChars => (ContextTokens - TokenBudget.Margin(ContextTokens)) * TextChunker.ApproxCharsPerToken;

    /// <summary>Where to cut a text to at most <paramref name="max"/> characters: at a word break when one is near.</summary>
    private static int CutPoint(string text, int max)
    {
        var space = text.LastIndexOfAny([' ', '\n'], max - 1, Math.Min(max, 80));
        return space > 0 ? space : max;
    }

    /// <summary>
    /// The input with the vector the result cache holds for its exact model text (after any cut), if any. A text the
    /// server refused as too long on an earlier run is cut at once to the length that was then accepted.
    /// </summary>
    private EmbeddingInput Known(EmbeddingInput input)
    {
        if (_cache is null)
        {
            return input;
        }
        if (_cache.FindCut(input.ModelText) is int kept && kept >= 1 && kept < input.Chunk.Length)
        {
            input = input.CutTo(kept);
        }
        return _cache.Find(input.ModelText) is { } known ? input with { Cached = known } : input;
    }

    /// <summary>Queues a document's inputs (call from one thread).</summary>
    public void Post(IReadOnlyList<EmbeddingInput> inputs)
    {
        foreach (var input in inputs)
        {
            if (input.Cached is { } known)
            {
                _batcher.PostKnown(input, new EmbeddingBatch([known.Vector], known.Model, 0, TimeSpan.Zero));
            }
            else
            {
                _batcher.Post(input);
            }
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
        var text = ModelText(query, EmbeddingTask.Query);
        if (_cache?.Find(text) is { } known)
        {
            return Shorten(known.Vector, dimensions ?? _options.Dimensions, known.Model);
        }
        var batch = await _backend.EmbedAsync([text], cancellationToken).ConfigureAwait(false);
        return Shorten(batch.Vectors[0], dimensions ?? _options.Dimensions, batch.Model);
    }

    private string ModelText(string text, EmbeddingTask task) => _prefixes ? TaskPrefixes.For(task) + text : text;

    private bool Keep(EmbeddingOutcome outcome) => outcome.Succeeded || _failedSources.Add(outcome.SourceId);

    /// <summary>The record of an answered input; a cut the server forced is remembered for the next run.</summary>
    private EmbeddingRecord Finish(EmbeddingInput input, float[] vector, EmbeddingBatch batch)
    {
        if (input.RefusedModelText is { } refused && input.Cached is null)
        {
            _cache?.RememberCut(refused, input.Chunk.Length);
        }
        return ToRecord(input, vector, batch);
    }

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
        Truncated = input.Truncated,
        ElapsedMs = Math.Round(batch.Elapsed.TotalMilliseconds, 1),
        Cached = input.Cached is not null,
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
                HostMessage.Of($"{model} returns {vector.Length}-dimension vectors; {HostOption.Parameter("Dimensions", wanted.ToString(CultureInfo.InvariantCulture))} is larger. Choose {vector.Length} or fewer."));
        }
        // Servers (LM Studio) ignore the dimensions field, so Matryoshka truncation happens here.
        return VectorMath.TruncateAndRenormalize(vector, wanted);
    }

    /// <summary>
    /// Holds nothing to release since the server's request gate, not a semaphore of its own, limits the requests;
    /// still disposable so the hosts' using blocks stay valid.
    /// </summary>
    public void Dispose()
    {
    }
}

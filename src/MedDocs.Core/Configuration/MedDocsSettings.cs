namespace MedDocs.Core.Configuration;

/// <summary>
/// The one typed settings object every operation reads. Built by <see cref="SettingsLoader"/>
/// from defaults, a JSON file, .env, environment variables and explicit parameters.
/// </summary>
public sealed record MedDocsSettings
{
    public static readonly Uri DefaultLMStudioEndpoint = new("http://localhost:1234/v1");
    public static readonly Uri DefaultOllamaEndpoint = new("http://localhost:11434/v1");
    public static readonly Uri DefaultOpenAIEndpoint = new("https://api.openai.com/v1");

    public ProviderKind Provider { get; init; } = ProviderKind.Auto;

    /// <summary>Explicit base URL; overrides the provider's own endpoint. Required for OpenAICompatible.</summary>
    public Uri? Endpoint { get; init; }
    public Uri LMStudioEndpoint { get; init; } = DefaultLMStudioEndpoint;
    public Uri OllamaEndpoint { get; init; } = DefaultOllamaEndpoint;
    public Uri OpenAIEndpoint { get; init; } = DefaultOpenAIEndpoint;

    /// <summary>Explicit chat model; overrides the provider's own model setting.</summary>
    public string? Model { get; init; }
    public string? LMStudioModel { get; init; }
    public string? OllamaModel { get; init; }
    public string? OpenAIModel { get; init; }
    public string? VisionModel { get; init; }
    public string? EmbeddingModel { get; init; }

    /// <summary>Secret: never printed, masked in Get-MedDocsConfiguration.</summary>
    public string? ApiKey { get; init; }

    public int MaxTokens { get; init; } = 2048;
    /// <summary>Fallback when the server does not report a model's context length.</summary>
    public int ContextLength { get; init; } = 4096;
    /// <summary>Fallback when the server does not report an embedding model's context length.</summary>
    public int EmbeddingContextLength { get; init; } = 2048;
    public double Temperature { get; init; } = 0.1;

    /// <summary>Network timeout for generation requests (local models can be slow).</summary>
    public int TimeoutSec { get; init; } = 600;
    /// <summary>Timeout for server probes (health, model lists).</summary>
    public int ProbeTimeoutSec { get; init; } = 3;
    /// <summary>Retries for refused connections, 429, 502 and 503 (never for timeouts).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Document text may go to non-loopback hosts only when this is true.</summary>
    public bool AllowRemote { get; init; }

    /// <summary>Documents processed at once (read, chunked, asked); requests to the server are capped by <see cref="ServerSlots"/>.</summary>
    public int ThrottleLimit { get; init; } = 4;

    /// <summary>The server's parallel slots: most model requests in flight to one endpoint from the whole process (LM Studio's default is 4).</summary>
    public int ServerSlots { get; init; } = 4;

    /// <summary>Texts sent in one /v1/embeddings request (fewer round trips; the server embeds them together).</summary>
    public int EmbeddingBatchSize { get; init; } = 32;

    /// <summary>Largest document file MedDocs will read.</summary>
    public long MaxDocumentBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Most pages MedDocs will read from one document.</summary>
    public int MaxPages { get; init; } = 2000;

    /// <summary>Secret: the password for encrypted PDFs (-Password, --password, MEDDOCS_PDF_PASSWORD); masked, never printed.</summary>
    public string? PdfPassword { get; init; }

    /// <summary>Time budget for reading one document, in seconds.</summary>
    public int DocumentTimeoutSec { get; init; } = 120;

    /// <summary>Bytes all of one document's compressed streams may decompress to together (decompression-bomb guard).</summary>
    public long MaxDecodedBytes { get; init; } = Documents.DocumentLimits.DefaultMaxDecodedBytes;

    /// <summary>Bytes the documents read at the same time in one batch may decompress to together.</summary>
    public long MaxBatchDecodedBytes { get; init; } = Documents.DocumentLimits.DefaultMaxBatchDecodedBytes;

    /// <summary>
    /// Categories for Get-DocumentCategory; null means the four defaults
    /// (<see cref="Categorization.DefaultCategories.All"/>).
    /// </summary>
    public IReadOnlyList<Categorization.CategoryDefinition>? Categories { get; init; }

    /// <summary>Rules-engine confidence at or above which the cascade skips the LLM.</summary>
    public double CategoryThreshold { get; init; } = 0.75;

    /// <summary>Reuse model answers from the result cache (issue 14); false sends every request.</summary>
    public bool Cache { get; init; } = true;

    /// <summary>The cache file; null means the user's data folder (<see cref="MedDocs.Core.Cache.CacheLocation"/>).</summary>
    public string? CachePath { get; init; }

    /// <summary>Cache PHI-bearing answers (PHI findings, notes, entities) too: off unless the user opts in.</summary>
    public bool CachePhi { get; init; }

    /// <summary>Size cap of the cache; least recently used entries go first.</summary>
    public int CacheMaxMegabytes { get; init; } = 1024;

    /// <summary>The configured categories, or the defaults when none are configured.</summary>
    public IReadOnlyList<Categorization.CategoryDefinition> EffectiveCategories => Categories ?? Categorization.DefaultCategories.All;

    /// <summary>The document limits these settings describe.</summary>
    public Documents.DocumentLimits DocumentLimits => new()
    {
        MaxBytes = MaxDocumentBytes,
        MaxPages = MaxPages,
        TimeBudget = TimeSpan.FromSeconds(DocumentTimeoutSec),
        MaxDecodedBytes = MaxDecodedBytes,
        MaxBatchDecodedBytes = MaxBatchDecodedBytes,
    };

    /// <summary>The chat model for a provider: the explicit model, else that provider's own setting.</summary>
    public string? ChatModelFor(ProviderKind provider) => Model ?? provider switch
    {
        ProviderKind.LMStudio => LMStudioModel,
        ProviderKind.Ollama => OllamaModel,
        ProviderKind.OpenAI => OpenAIModel,
        _ => null,
    };

    /// <summary>The base URL for a provider: the explicit endpoint, else that provider's own.</summary>
    public Uri? EndpointFor(ProviderKind provider) => Endpoint ?? provider switch
    {
        ProviderKind.LMStudio => LMStudioEndpoint,
        ProviderKind.Ollama => OllamaEndpoint,
        ProviderKind.OpenAI => OpenAIEndpoint,
        _ => null,
    };
}

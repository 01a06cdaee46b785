using System.Text;

namespace MedDocs.Core.Configuration;

/// <summary>
/// Every setting MedDocs reads, in display order. Adding a setting = a property on
/// <see cref="MedDocsSettings"/> plus one line here; loading, validation, docs and
/// Get-MedDocsConfiguration follow from this table.
/// </summary>
public static class SettingsCatalog
{
    /// <summary>Environment variable that points at the JSON config file.</summary>
    public const string ConfigFileVariable = "MEDDOCS_CONFIG";

    public static IReadOnlyList<SettingDefinition> Definitions { get; } =
    [
        Define("Provider", s => s.Provider, (s, v) => s with { Provider = v }, SettingParsers.Provider, "Which model server to use; auto tries LM Studio, then Ollama, then the builtin engines, and says which it chose.", aliases: ["LLM_PROVIDER"]),
        Define("Endpoint", s => s.Endpoint, (s, v) => s with { Endpoint = v }, SettingParsers.AbsoluteUrl, "Base URL that overrides the provider's own endpoint; required for openai-compatible."),
        Define("LMStudioEndpoint", s => s.LMStudioEndpoint, (s, v) => s with { LMStudioEndpoint = v }, SettingParsers.ServerHost(1234), "LM Studio's OpenAI-compatible base URL.", aliases: ["LMSTUDIO_HOST", "LM_STUDIO_BASE_URL"]),
        Define("OllamaEndpoint", s => s.OllamaEndpoint, (s, v) => s with { OllamaEndpoint = v }, SettingParsers.ServerHost(11434), "Ollama's OpenAI-compatible base URL.", aliases: ["OLLAMA_HOST"]),
        Define("OpenAIEndpoint", s => s.OpenAIEndpoint, (s, v) => s with { OpenAIEndpoint = v }, SettingParsers.AbsoluteUrl, "OpenAI's base URL.", aliases: ["OPENAI_API_BASE"]),
        Define("Model", s => s.Model, (s, v) => s with { Model = v }, SettingParsers.Text, "Chat model for any provider; overrides the provider's own model setting."),
        Define("LMStudioModel", s => s.LMStudioModel, (s, v) => s with { LMStudioModel = v }, SettingParsers.Text, "Chat model on LM Studio.", aliases: ["LMSTUDIO_MODEL"]),
        Define("OllamaModel", s => s.OllamaModel, (s, v) => s with { OllamaModel = v }, SettingParsers.Text, "Chat model on Ollama.", aliases: ["OLLAMA_MODEL"]),
        Define("OpenAIModel", s => s.OpenAIModel, (s, v) => s with { OpenAIModel = v }, SettingParsers.Text, "Chat model on OpenAI.", aliases: ["OPENAI_MODEL"]),
        Define("VisionModel", s => s.VisionModel, (s, v) => s with { VisionModel = v }, SettingParsers.Text, "Model for page images (scanned pages).", aliases: ["LMSTUDIO_VISION_MODEL"]),
        Define("EmbeddingModel", s => s.EmbeddingModel, (s, v) => s with { EmbeddingModel = v }, SettingParsers.Text, "Model for embeddings.", aliases: ["LMSTUDIO_EMBEDDING_MODEL"]),
        Define("ApiKey", s => s.ApiKey, (s, v) => s with { ApiKey = v }, SettingParsers.Secret, "API key sent as a bearer token; required for openai. Secret: shown masked, never logged.", aliases: ["OPENAI_API_KEY"], isSecret: true),
        Define("MaxTokens", s => s.MaxTokens, (s, v) => s with { MaxTokens = v }, SettingParsers.Integer(1, 1_000_000), "Most tokens a single completion may produce.", aliases: ["LMSTUDIO_MAX_TOKENS", "LM_STUDIO_MAX_TOKENS"]),
        Define("ContextLength", s => s.ContextLength, (s, v) => s with { ContextLength = v }, SettingParsers.Integer(256, 10_000_000), "Context (tokens per request) assumed for a chat model when the server does not report it; a model not yet loaded is assumed to get this much, capped at its maximum.", aliases: ["LMSTUDIO_CONTEXT_LENGTH"]),
        Define("EmbeddingContextLength", s => s.EmbeddingContextLength, (s, v) => s with { EmbeddingContextLength = v }, SettingParsers.Integer(64, 10_000_000), "Context (tokens per input) assumed for an embedding model when the server does not report it (nomic-embed-text GGUF builds run with 2048)."),
        Define("Temperature", s => s.Temperature, (s, v) => s with { Temperature = v }, SettingParsers.Number(0, 2), "Sampling temperature; low values keep extraction repeatable.", aliases: ["LM_STUDIO_TEMPERATURE"]),
        Define("TimeoutSec", s => s.TimeoutSec, (s, v) => s with { TimeoutSec = v }, SettingParsers.Integer(1, 86_400), "Network timeout for generation requests, in seconds (local models can be slow).", aliases: ["LM_STUDIO_TIMEOUT"]),
        Define("ProbeTimeoutSec", s => s.ProbeTimeoutSec, (s, v) => s with { ProbeTimeoutSec = v }, SettingParsers.Integer(1, 600), "Timeout for server probes (health, model lists), in seconds."),
        Define("MaxRetries", s => s.MaxRetries, (s, v) => s with { MaxRetries = v }, SettingParsers.Integer(0, 10), "Retries for refused connections, 429, 502 and 503 (never for timeouts)."),
        Define("AllowRemote", s => s.AllowRemote, (s, v) => s with { AllowRemote = v }, SettingParsers.Boolean, "Allow document text to go to non-loopback hosts."),
        Define("ThrottleLimit", s => s.ThrottleLimit, (s, v) => s with { ThrottleLimit = v }, SettingParsers.Integer(1, 64), "Documents processed at once (reading files, chunking); requests to the server are capped by ServerSlots."),
        Define("ServerSlots", s => s.ServerSlots, (s, v) => s with { ServerSlots = v }, SettingParsers.Integer(1, 256), "Most model requests (chat, embeddings, page images) in flight to one server from the whole process, however many documents and chunks are in progress; set it to the server's parallel slots (LM Studio's parallel setting, llama.cpp --parallel, vLLM max_num_seqs, Ollama OLLAMA_NUM_PARALLEL). Cached answers and server probes take no slot."),
        Define("EmbeddingBatchSize", s => s.EmbeddingBatchSize, (s, v) => s with { EmbeddingBatchSize = v }, SettingParsers.Integer(1, 2048), "Texts sent in one embeddings request; 1 sends one request per text."),
        Define("MaxDocumentBytes", s => s.MaxDocumentBytes, (s, v) => s with { MaxDocumentBytes = v }, SettingParsers.Long(1, 10_000_000_000), "Largest document file MedDocs reads, in bytes; a larger file is one clear per-file error."),
        Define("MaxPages", s => s.MaxPages, (s, v) => s with { MaxPages = v }, SettingParsers.Integer(1, 1_000_000), "Most pages read from one document; more is one clear per-file error."),
        Define("PdfPassword", s => s.PdfPassword, (s, v) => s with { PdfPassword = v }, SettingParsers.Text, "Password for encrypted PDFs that do not open with the empty user password (tried as user, then owner password); used by every command that reads documents. Secret: shown masked, never logged.", isSecret: true),
        Define("Categories", s => s.Categories, (s, v) => s with { Categories = v }, SettingParsers.CategoryList, "Categories documents are sorted into, as 'Name: one-line description' entries separated by ';' (a JSON array of such strings in the config file); unset means Medical Record, Bill, Pleading, Documentary Evidence.", isList: true),
        Define("CategoryThreshold", s => s.CategoryThreshold, (s, v) => s with { CategoryThreshold = v }, SettingParsers.Number(0, 1), "Rules-engine confidence at or above which categorization decides without the LLM (auto engine)."),
        Define("DocumentTimeoutSec", s => s.DocumentTimeoutSec, (s, v) => s with { DocumentTimeoutSec = v }, SettingParsers.Integer(1, 86_400), "Time budget for reading one document, in seconds."),
        Define("MaxDecodedBytes", s => s.MaxDecodedBytes, (s, v) => s with { MaxDecodedBytes = v }, SettingParsers.Long(1_048_576, 100_000_000_000), "Bytes one document's compressed PDF streams may decompress to in all (decompression-bomb guard); what is cut is named in a warning."),
        Define("MaxBatchDecodedBytes", s => s.MaxBatchDecodedBytes, (s, v) => s with { MaxBatchDecodedBytes = v }, SettingParsers.Long(1_048_576, 1_000_000_000_000), "Bytes the documents read at the same time in one run may decompress to together; a document that finds it spent is cut, with a warning."),
        Define("Cache", s => s.Cache, (s, v) => s with { Cache = v }, SettingParsers.Boolean, "Reuse model answers from the result cache so re-runs never send the same document twice; false sends every request."),
        Define("CachePath", s => s.CachePath, (s, v) => s with { CachePath = v }, SettingParsers.AbsolutePath, "The result cache file (SQLite); unset means cache.db in the user's data folder ($XDG_DATA_HOME/meddocs or ~/.local/share/meddocs; %LOCALAPPDATA%\\MedDocs on Windows)."),
        Define("CachePhi", s => s.CachePhi, (s, v) => s with { CachePhi = v }, SettingParsers.Boolean, "Also cache PHI-bearing answers (PHI findings, SOAP notes, medical entities); off by default. Document text is never stored, only hashes."),
        Define("CacheMaxMegabytes", s => s.CacheMaxMegabytes, (s, v) => s with { CacheMaxMegabytes = v }, SettingParsers.Integer(1, 1_048_576), "Size cap of the result cache in MB; the least recently used entries are removed beyond it."),
    ];

    /// <summary>The definition whose name matches (case-insensitive), or null.</summary>
    public static SettingDefinition? Find(string name) =>
        Definitions.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The definition with this exact environment variable name (MEDDOCS_* or alias), or null.</summary>
    public static SettingDefinition? FindByEnvironmentName(string variable) =>
        Definitions.FirstOrDefault(d => d.EnvironmentNames.Contains(variable, StringComparer.Ordinal));

    /// <summary>All setting names, comma separated, for "valid names are ..." messages.</summary>
    public static string NameList => string.Join(", ", Definitions.Select(d => d.Name));

    /// <summary>The settings table for README/docs: Setting | Environment variables | Default | Description.</summary>
    public static string RenderMarkdownTable()
    {
        var table = new StringBuilder();
        table.Append("| Setting | Environment variables | Default | Description |\n");
        table.Append("|---|---|---|---|\n");
        foreach (var definition in Definitions)
        {
            var variables = string.Join(", ", definition.EnvironmentNames.Select(n => $"`{n}`"));
            var defaultValue = definition.DefaultValue is { } value ? $"`{value}`" : "(none)";
            var description = $"{definition.Description} {Capitalize(definition.Allowed)}.";
            table.Append($"| {definition.Name} | {variables} | {defaultValue} | {EscapeCell(description)} |\n");
        }
        return table.ToString();
    }

    private static TypedSettingDefinition<T> Define<T>(
        string name,
        Func<MedDocsSettings, T?> read,
        Func<MedDocsSettings, T, MedDocsSettings> write,
        SettingParser<T> parser,
        string description,
        string[]? aliases = null,
        bool isSecret = false,
        bool isList = false) =>
        new(name, read, write, parser, description, aliases ?? [], isSecret) { IsList = isList };

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string EscapeCell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}

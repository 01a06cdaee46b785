using MedDocs.Core.Providers;

namespace MedDocs.Core.Embeddings;

/// <summary>Embeddings from a model server's /v1/embeddings, one request per batch.</summary>
public sealed class ServerEmbeddingBackend : IEmbeddingBackend
{
    private readonly LlmClient _client;

    public ServerEmbeddingBackend(LlmClient client, string model)
    {
        _client = client;
        Model = model;
    }

    public string Model { get; }
    public string Provider => _client.Target.ProviderName;

    /// <summary>The server's base URL, so a query can later be embedded by the same server.</summary>
    public string Endpoint => _client.Target.Endpoint.ToString();
    public string Engine => "llm";

    public Task<EmbeddingBatch> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        _client.EmbedAsync(texts, Model, cancellationToken);
}

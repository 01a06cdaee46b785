using System.Security.Cryptography;
using System.Text;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Cache;

/// <summary>
/// Cache keys: SHA-256 of the exact request body the client would send (model id, messages with the document's
/// text or page images — compact or full prompt —, JSON schema with its length caps, temperature, and max_tokens as
/// fitted to the model's context), plus the operation, provider kind and endpoint. So a prompt, category, template,
/// model, context or answer-budget change is a miss by construction. Only the hash is stored, never the text.
/// </summary>
internal static class CacheKeys
{
    /// <summary>Bumped when the meaning of a stored value changes, so old entries become unreachable (misses).</summary>
    private const string Format = "meddocs-cache-1";

    /// <summary>The key of a chat request: the bytes <paramref name="client"/> would send first (null when it would send nothing).</summary>
    public static byte[]? ForChat(CacheScope scope, LlmClient client, ChatRequest request) =>
        client.PlannedChatBody(request) is { } body ? Hash(scope, client.Target, body) : null;

    /// <summary>The key of one embedding input: the body of a request carrying that text alone.</summary>
    public static byte[] ForEmbedding(ServerTarget target, string model, string text) =>
        Hash(CacheScope.Embeddings, target, ChatRequestWriter.WriteEmbeddings([text], model));

    /// <summary>The key under which the length a too-long input was cut to is remembered (apart from its vectors' keys).</summary>
    public static byte[] ForEmbeddingCut(ServerTarget target, string model, string text) =>
        Hash(CacheScope.Embeddings, target, [.. "cut\n"u8, .. ChatRequestWriter.WriteEmbeddings([text], model)]);

    private static byte[] Hash(CacheScope scope, ServerTarget target, byte[] body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{Format}\n{scope.Operation}\n{ProviderNames.Format(target.Kind)}\n{target.Endpoint.AbsoluteUri}\n"));
        hash.AppendData(body);
        return hash.GetHashAndReset();
    }
}

using System.Security.Cryptography;
using System.Text;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Cache;

/// <summary>
/// Cache keys: SHA-256 of the exact request body the client would send (model id, messages with the document's
/// text or page images, JSON schema, temperature, max tokens — so a prompt, category, template or model change is a
/// miss by construction), plus the operation, provider kind and endpoint. Only the hash is stored, never the text.
/// </summary>
internal static class CacheKeys
{
    /// <summary>Bumped when the meaning of a stored value changes, so old entries become unreachable (misses).</summary>
    private const string Format = "meddocs-cache-1";

    /// <summary>The key of a chat request, or null when no model is known (the client will refuse the request anyway).</summary>
    public static byte[]? ForChat(CacheScope scope, ServerTarget target, ChatRequest request, LlmClientOptions defaults)
    {
        var model = request.Model ?? target.ChatModel;
        if (model is null)
        {
            return null;
        }
        // The same writer and the same defaults as LlmClient.CompleteAsync: the hash covers the bytes that go on the wire.
        var body = ChatRequestWriter.Write(request, model, request.MaxTokens ?? defaults.MaxTokens,
            request.Temperature ?? defaults.Temperature, target.Kind, stream: false);
        return Hash(scope, target, body);
    }

    /// <summary>The key of one embedding input: the body of a request carrying that text alone.</summary>
    public static byte[] ForEmbedding(ServerTarget target, string model, string text) =>
        Hash(CacheScope.Embeddings, target, ChatRequestWriter.WriteEmbeddings([text], model));

    private static byte[] Hash(CacheScope scope, ServerTarget target, byte[] body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{Format}\n{scope.Operation}\n{ProviderNames.Format(target.Kind)}\n{target.Endpoint.AbsoluteUri}\n"));
        hash.AppendData(body);
        return hash.GetHashAndReset();
    }
}

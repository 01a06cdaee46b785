using MedDocs.Core.Clinical;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;
using MedDocs.Simulator;

namespace MedDocs.Core.Tests.Clinical;

/// <summary>A simulator and a client pointed at it, for the clinical tests.</summary>
internal static class ClinicalServer
{
    public const string Model = "qwen2.5-7b-instruct";

    public static LlmClient Client(SimulatorServer server, string model = Model) =>
        new(new ServerTarget(ProviderKind.LMStudio, server.V1, null) { ChatModel = model }, new LlmClientOptions { MaxRetries = 0 });

    /// <summary>Options as a host builds them: the provider resolved against the server, so its reported context length counts.</summary>
    public static async Task<ClinicalOptions> ResolveOptionsAsync(SimulatorServer server, string model, int fallbackContext, int maxTokens)
    {
        var settings = new MedDocsSettings
        {
            Provider = ProviderKind.LMStudio,
            LMStudioEndpoint = server.V1,
            Model = model,
            ContextLength = fallbackContext,
            MaxTokens = maxTokens,
        };
        using var http = ServerProbe.CreateHttpClient(TimeSpan.FromSeconds(5));
        var resolved = await new ProviderResolver(new ServerProbe(http)).ResolveAsync(settings, CancellationToken.None);
        return ClinicalOptions.From(settings, resolved);
    }

    /// <summary>The chat requests' raw bodies.</summary>
    public static IReadOnlyList<string> ChatBodies(SimulatorServer server) =>
        server.Requests.Where(r => r.Path.EndsWith("/chat/completions", StringComparison.Ordinal)).Select(r => r.Body).ToList();
}

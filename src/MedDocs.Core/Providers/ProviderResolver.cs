using MedDocs.Core.Configuration;

namespace MedDocs.Core.Providers;

/// <summary>
/// Turns settings into the server to use. Auto (the default) takes LM Studio if it answers, else
/// Ollama, else the builtin engines — never another provider silently: an explicit provider that
/// does not answer is an error before any document is read, saying so, with its own remedy.
/// </summary>
public sealed class ProviderResolver
{
    private readonly ServerProbe _probe;

    public ProviderResolver(ServerProbe probe) => _probe = probe;

    public async Task<ResolvedProvider> ResolveAsync(MedDocsSettings settings, CancellationToken cancellationToken)
    {
        switch (settings.Provider)
        {
            case ProviderKind.Builtin:
                return new ResolvedProvider(ProviderKind.Builtin, null, "Using the builtin engine (provider builtin): no server is contacted.");
            case ProviderKind.Auto:
                return await ResolveAutoAsync(settings, cancellationToken).ConfigureAwait(false);
            default:
                var target = TargetFor(settings, settings.Provider);
                var status = await _probe.ProbeAsync(target, new ProbeOptions(), cancellationToken).ConfigureAwait(false);
                if (!status.Reachable)
                {
                    // Said as it is ("refused the connection"), not later as "no model loaded" with advice for another server.
                    throw new LlmException(LlmErrorKind.NoServer, target.Endpoint, status.Message, string.Empty);
                }
                var models = status.Models.Count > 0 ? status.Models : null;
                return new ResolvedProvider(settings.Provider, WithModels(target, models), $"Using {target.Label} at {target.Endpoint}.") { Models = models };
        }
    }

    /// <summary>The server target for an explicit provider kind.</summary>
    public static ServerTarget TargetFor(MedDocsSettings settings, ProviderKind kind)
    {
        var endpoint = settings.EndpointFor(kind) ?? throw new SettingsException("Endpoint", SettingSource.Default, null,
            $"Provider {ProviderNames.Format(kind)} needs an endpoint: set -Endpoint or MEDDOCS_ENDPOINT to the server's base URL (e.g. http://localhost:8080/v1).");
        return new ServerTarget(kind, endpoint, settings.ApiKey)
        {
            ChatModel = settings.ChatModelFor(kind),
            VisionModel = settings.VisionModel,
            EmbeddingModel = settings.EmbeddingModel,
        };
    }

    private async Task<ResolvedProvider> ResolveAutoAsync(MedDocsSettings settings, CancellationToken cancellationToken)
    {
        var candidates = settings.Endpoint is not null
            ? new[] { TargetFor(settings, ProviderKind.LMStudio) }
            : new[] { TargetFor(settings, ProviderKind.LMStudio), TargetFor(settings, ProviderKind.Ollama) };
        foreach (var candidate in candidates)
        {
            // One probe both decides whether the API answers (Server is only set when /v1/models gave a
            // model list) and reads the catalog; a refused port returns at once.
            var status = await _probe.ProbeAsync(candidate, new ProbeOptions(), cancellationToken).ConfigureAwait(false);
            if (status.Server is null)
            {
                continue;
            }
            var kind = status.Server?.StartsWith("Ollama", StringComparison.Ordinal) == true ? ProviderKind.Ollama : candidate.Kind;
            var target = candidate with { Kind = kind, ChatModel = settings.ChatModelFor(kind) };
            return new ResolvedProvider(kind, WithModels(target, status.Models),
                $"Provider auto: using {target.Label} at {target.Endpoint}.") { Models = status.Models };
        }
        var tried = string.Join(" or ", candidates.Select(c => $"{c.Label} at {c.Endpoint}"));
        return new ResolvedProvider(ProviderKind.Builtin, null,
            $"Provider auto: no model server answered ({tried}); using the builtin engine. Start LM Studio (`lms server start`) for model-based results.")
        {
            FellBackToBuiltin = true,
        };
    }

    /// <summary>
    /// Fills unset models from the server's list (first loaded chat model, first embedding model)
    /// and maps configured names to the server's ids ("nomic-embed-text-v1.5" → its LM Studio id).
    /// </summary>
    internal static ServerTarget WithModels(ServerTarget target, IReadOnlyList<ModelInfo>? models)
    {
        if (models is null || models.Count == 0)
        {
            return target;
        }
        return target with
        {
            ChatModel = Match(models, target.ChatModel) ?? Pick(models, m => m.IsChat && m.Type != ModelTypes.Vlm) ?? Pick(models, m => m.IsChat),
            VisionModel = Match(models, target.VisionModel),
            EmbeddingModel = Match(models, target.EmbeddingModel) ?? (target.EmbeddingModel is null ? Pick(models, m => m.IsEmbedding) : null),
        };
    }

    private static string? Match(IReadOnlyList<ModelInfo> models, string? configured) =>
        configured is null ? null : ModelMatcher.Find(models, configured)?.Id ?? configured;

    private static string? Pick(IReadOnlyList<ModelInfo> models, Func<ModelInfo, bool> filter) =>
        (models.FirstOrDefault(m => filter(m) && m.Loaded == true) ?? models.FirstOrDefault(filter))?.Id;
}

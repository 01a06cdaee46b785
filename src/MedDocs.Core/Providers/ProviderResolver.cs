using MedDocs.Core.Configuration;

namespace MedDocs.Core.Providers;

/// <summary>
/// Turns settings into the server to use. Auto (the default) takes LM Studio if it answers, else
/// Ollama, else the builtin engines — never another provider silently: an explicit provider that
/// does not answer is an error before any document is read, saying so, with its own remedy. An
/// endpoint the policy refuses is not probed at all: that is an error (RemoteNotAllowed) at once.
/// </summary>
public sealed class ProviderResolver
{
    private readonly ServerProbe _probe;

    public ProviderResolver(ServerProbe probe) => _probe = probe;

    public async Task<ResolvedProvider> ResolveAsync(MedDocsSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        switch (settings.Provider)
        {
            case ProviderKind.Builtin:
                return new ResolvedProvider(ProviderKind.Builtin, null, "Using the builtin engine (provider builtin): no server is contacted.");
            case ProviderKind.Auto:
                return await ResolveAutoAsync(settings, cancellationToken).ConfigureAwait(false);
            default:
                var target = TargetFor(settings, settings.Provider);
                // Decided before any connection: a refused host is never probed, and no key is sent to it.
                EndpointPolicy.EnsureAllowed(target.Endpoint, target.AllowRemote);
                var status = await _probe.ProbeAsync(target, new ProbeOptions(), cancellationToken).ConfigureAwait(false);
                if (status.RefusedByPolicy)
                {
                    // e.g. "localhost" mapped off this machine by a hosts entry: refused when the name resolved.
                    throw EndpointPolicy.Refused(target.Endpoint);
                }
                if (!status.Reachable)
                {
                    // Said as it is ("refused the connection"), not later as "no model loaded" with advice for another server.
                    throw new LlmException(LlmErrorKind.NoServer, target.Endpoint, status.Message, string.Empty);
                }
                var models = status.Models.Count > 0 ? status.Models : null;
                target = status.Server is null ? target : target with { Software = status.Software };
                return new ResolvedProvider(settings.Provider, WithModels(target, models), $"Using {target.Label} at {target.Where}.") { Models = models };
        }
    }

    /// <summary>The server target for an explicit provider kind.</summary>
    public static ServerTarget TargetFor(MedDocsSettings settings, ProviderKind kind)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var endpoint = settings.EndpointFor(kind) ?? throw new SettingsException("Endpoint", SettingSource.Default, null,
            HostMessage.Of($"Provider {ProviderNames.Format(kind)} needs an endpoint: set {HostOption.Setting("Endpoint")} (MEDDOCS_ENDPOINT) to the server's base URL (e.g. http://localhost:8080/v1)."));
        return new ServerTarget(kind, endpoint, settings.ApiKey)
        {
            ChatModel = settings.ChatModelFor(kind),
            VisionModel = settings.VisionModel,
            EmbeddingModel = settings.EmbeddingModel,
            AllowRemote = settings.AllowRemote,
        };
    }

    private async Task<ResolvedProvider> ResolveAutoAsync(MedDocsSettings settings, CancellationToken cancellationToken)
    {
        var candidates = settings.Endpoint is not null
            ? new[] { TargetFor(settings, ProviderKind.LMStudio) }
            : new[] { TargetFor(settings, ProviderKind.LMStudio), TargetFor(settings, ProviderKind.Ollama) };
        foreach (var candidate in candidates)
        {
            // A remote endpoint the user configured is refused, never probed and never silently replaced by the builtin engine.
            EndpointPolicy.EnsureAllowed(candidate.Endpoint, candidate.AllowRemote);
            // One probe both decides whether the API answers (Server is only set when /v1/models gave a
            // model list) and reads the catalog; a refused port returns at once.
            var status = await _probe.ProbeAsync(candidate, new ProbeOptions(), cancellationToken).ConfigureAwait(false);
            if (status.RefusedByPolicy)
            {
                throw EndpointPolicy.Refused(candidate.Endpoint);
            }
            if (status.Server is null)
            {
                continue;
            }
            var kind = status.Software == ServerSoftware.Ollama ? ProviderKind.Ollama : candidate.Kind;
            var target = candidate with { Kind = kind, Software = status.Software, ChatModel = settings.ChatModelFor(kind) };
            return new ResolvedProvider(kind, WithModels(target, status.Models),
                $"Provider auto: using {target.Label} at {target.Where}.") { Models = status.Models };
        }
        var tried = string.Join(" or ", candidates.Select(c => $"{c.Label} at {c.Where}"));
        return new ResolvedProvider(ProviderKind.Builtin, null,
            $"Provider auto: no model server answered ({tried}); using the builtin engine. Start LM Studio (`lms server start`) or Ollama (`ollama serve`) for model-based results.")
        {
            FellBackToBuiltin = true,
        };
    }

    /// <summary>
    /// Fills unset models from the server's list (first loaded chat model, first embedding model), maps configured
    /// names to the server's ids ("nomic-embed-text-v1.5" → its LM Studio id), and keeps the list so requests are
    /// sized by each model's context. A configured name the server does not list is kept as given: the user chose it.
    /// </summary>
    internal static ServerTarget WithModels(ServerTarget target, IReadOnlyList<ModelInfo>? models)
    {
        if (models is null || models.Count == 0)
        {
            return target;
        }
        return target with
        {
            Models = models,
            ChatModel = Match(models, target.ChatModel) ?? PickChat(models),
            VisionModel = Match(models, target.VisionModel),
            EmbeddingModel = Match(models, target.EmbeddingModel) ?? (target.EmbeddingModel is null ? PickEmbedding(models) : null),
        };
    }

    /// <summary>The default chat model: a loaded llm, else any llm, else a model of unknown type whose name does not suggest embeddings.</summary>
    internal static string? PickChat(IReadOnlyList<ModelInfo> models) =>
        Pick(models, m => m.Type == ModelTypes.Llm) ?? Pick(models, m => m.Type == ModelTypes.Vlm)
        ?? Pick(models, m => m.Type == ModelTypes.Unknown && !ModelTypes.NameSuggestsEmbeddings(m.Id));

    /// <summary>The default embedding model: one the server says is for embeddings, else one whose name suggests it when the server gives no types.</summary>
    internal static string? PickEmbedding(IReadOnlyList<ModelInfo> models) =>
        Pick(models, m => m.IsEmbedding) ?? Pick(models, m => m.Type == ModelTypes.Unknown && ModelTypes.NameSuggestsEmbeddings(m.Id));

    private static string? Match(IReadOnlyList<ModelInfo> models, string? configured) =>
        configured is null ? null : ModelMatcher.Find(models, configured)?.Id ?? configured;

    private static string? Pick(IReadOnlyList<ModelInfo> models, Func<ModelInfo, bool> filter) =>
        (models.FirstOrDefault(m => filter(m) && m.Loaded == true) ?? models.FirstOrDefault(filter))?.Id;
}

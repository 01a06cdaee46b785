using MedDocs.Core.Configuration;

namespace MedDocs.Core.Providers;

/// <summary>
/// The provider an invocation will use, after auto selection and model matching. Target is null
/// for the builtin engine. Note says, once, what was picked and why.
/// </summary>
public sealed record ResolvedProvider(ProviderKind Kind, ServerTarget? Target, string Note)
{
    /// <summary>The server's model list when it was read (null for builtin or when unavailable).</summary>
    public IReadOnlyList<ModelInfo>? Models { get; init; }

    /// <summary>True when auto found no server and fell back to the builtin engines.</summary>
    public bool FellBackToBuiltin { get; init; }

    public bool IsBuiltin => Target is null;

    public string ProviderName => ProviderNames.Format(Kind);

    /// <summary>The context length (tokens) of a model as the server reports it, else the fallback.</summary>
    public int ContextLengthOf(string? model, int fallback) =>
        model is not null && Models is not null && ModelMatcher.Find(Models, model) is { } info ? info.ContextFor(fallback) : fallback;
}

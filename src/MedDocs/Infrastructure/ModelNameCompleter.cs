using System.Collections;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using MedDocs.Core.Configuration;
using MedDocs.Core.Providers;

namespace MedDocs.Infrastructure;

/// <summary>
/// Tab completion for -Model from the server's model list. It asks the server the command line names
/// (-Provider and -Endpoint already typed), with settings read as the command itself would read them (.env from
/// the session's current folder), offers embedding models to the embedding cmdlets and chat models to the others,
/// keeps the list for a minute per session, never asks a host the local-only policy refuses, and swallows every error:
/// completion must never throw or hang the prompt.
/// </summary>
public sealed class ModelNameCompleter : IArgumentCompleter
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);
    private static readonly RunspaceState<ModelListCache> Caches = new();
    private static readonly string[] EmbeddingCommands = ["Get-Embedding", "Measure-EmbeddingSimilarity"];

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        try
        {
            var settings = SettingsLoader.LoadForHost(OverridesFrom(fakeBoundParameters), CurrentFolder()).Settings;
            var models = ModelsFor(settings);
            bool embedding = EmbeddingCommands.Contains(commandName, StringComparer.OrdinalIgnoreCase);
            return models
                .Where(m => embedding ? m.IsEmbedding || m.Type == ModelTypes.Unknown : m.IsChat)
                .Select(m => m.Id)
                .Where(id => id.StartsWith(wordToComplete ?? string.Empty, StringComparison.OrdinalIgnoreCase))
                .Select(id => new CompletionResult(id.Contains(' ', StringComparison.Ordinal) ? $"'{id}'" : id, id, CompletionResultType.ParameterValue, id))
                .ToList();
        }
#pragma warning disable CA1031 // completion must never surface an error
        catch (Exception)
#pragma warning restore CA1031
        {
            return Array.Empty<CompletionResult>();
        }
    }

    /// <summary>The provider parameters already on the command line, as setting overrides.</summary>
    private static Dictionary<string, string?> OverridesFrom(IDictionary bound)
    {
        string? Value(string name) => bound.Contains(name) ? bound[name]?.ToString() : null;
        bool allowRemote = bound.Contains("AllowRemote") && LanguagePrimitives.IsTrue(bound["AllowRemote"]);
        return new SettingOverrides { Provider = Value("Provider"), Endpoint = Value("Endpoint"), AllowRemote = allowRemote }.ToDictionary();
    }

    /// <summary>The session's current folder (where the command would read .env), not the process's.</summary>
    private static string CurrentFolder()
    {
        // Completion runs inside the session's pipeline, where SessionStateProxy refuses calls; a nested command may ask.
        using var nested = PowerShell.Create(RunspaceMode.CurrentRunspace);
        nested.AddCommand(@"Microsoft.PowerShell.Management\Get-Location").AddParameter("PSProvider", "FileSystem");
        return nested.Invoke<PathInfo>().FirstOrDefault()?.ProviderPath ?? Environment.CurrentDirectory;
    }

    private static IReadOnlyList<ModelInfo> ModelsFor(MedDocsSettings settings)
    {
        var kinds = settings.Provider switch
        {
            ProviderKind.Builtin => Array.Empty<ProviderKind>(),
            ProviderKind.Auto when settings.Endpoint is null => new[] { ProviderKind.LMStudio, ProviderKind.Ollama },
            ProviderKind.Auto => new[] { ProviderKind.LMStudio },
            _ => new[] { settings.Provider },
        };
        var cache = Caches.Current;
        foreach (var kind in kinds)
        {
            var target = ProviderResolver.TargetFor(settings, kind);
            if (!settings.AllowRemote && !EndpointPolicy.IsLoopback(target.Endpoint))
            {
                continue;
            }
            var models = cache.GetOrProbe(target);
            if (models.Count > 0)
            {
                return models;
            }
        }
        return Array.Empty<ModelInfo>();
    }

    /// <summary>Model lists of one session, by endpoint, for a minute.</summary>
    private sealed class ModelListCache
    {
        private readonly ConcurrentDictionary<string, (DateTime At, IReadOnlyList<ModelInfo> Models)> _lists = new();

        public IReadOnlyList<ModelInfo> GetOrProbe(ServerTarget target)
        {
            var key = target.Endpoint.ToString();
            if (_lists.TryGetValue(key, out var cached) && DateTime.UtcNow - cached.At < CacheLifetime)
            {
                return cached.Models;
            }
            using var http = ServerProbe.CreateHttpClient(ProbeTimeout);
            var status = new ServerProbe(http).ProbeAsync(target, new ProbeOptions(), CancellationToken.None).GetAwaiter().GetResult();
            _lists[key] = (DateTime.UtcNow, status.Models);
            return status.Models;
        }
    }
}

using MedDocs.Core.Cache;
using MedDocs.Core.Configuration;
using MedDocs.Core.Operations;
using MedDocs.Core.Providers;

namespace MedDocs.Core.Clinical;

/// <summary>
/// Builds the clinical operations (SOAP note, medical entities): the provider (a model server is required), options
/// sized to the context the server reports, the client, the loader and the cache. Notes and entities hold PHI: the
/// cache stores them only with CachePhi.
/// </summary>
public static class ClinicalFactory
{
    /// <exception cref="SettingsException">The settings name no usable server.</exception>
    /// <exception cref="LlmException">No server is in use (NoServer), or the chosen one does not answer.</exception>
    public static async Task<SoapNoteOperation> CreateSoapNoteAsync(MedDocsSettings settings, ClinicalRequest request, OperationEvents events, CancellationToken cancellationToken)
    {
        var (client, options, cache) = await PrepareAsync(settings, request, "A SOAP note", events, cancellationToken).ConfigureAwait(false);
        return new SoapNoteOperation(client, options with { Template = request.Template }, OperationSetup.Loader(settings, events), cache, events.Warning);
    }

    /// <inheritdoc cref="CreateSoapNoteAsync"/>
    public static async Task<MedicalEntityOperation> CreateMedicalEntityAsync(MedDocsSettings settings, ClinicalRequest request, OperationEvents events, CancellationToken cancellationToken)
    {
        var (client, options, cache) = await PrepareAsync(settings, request, "Medical entity extraction", events, cancellationToken).ConfigureAwait(false);
        return new MedicalEntityOperation(client, options, OperationSetup.Loader(settings, events), cache);
    }

    private static async Task<(LlmClient Client, ClinicalOptions Options, ResultCache? Cache)> PrepareAsync(
        MedDocsSettings settings, ClinicalRequest request, string work, OperationEvents events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(request);
        var resolved = await OperationSetup.ResolveProviderAsync(settings, contactsServer: true, events, cancellationToken).ConfigureAwait(false);
        if (resolved.Target is null)
        {
            throw new LlmException(LlmErrorKind.NoServer, null,
                $"{work} needs a language model, and no model server is in use ({(resolved.FellBackToBuiltin ? "provider auto found none" : "provider builtin")}).",
                HostMessage.Of($"Start LM Studio (`lms server start`) or Ollama, or choose the provider and endpoint ({HostOption.Setting("Provider")}, {HostOption.Setting("Endpoint")})."));
        }
        var options = ClinicalOptions.From(settings, resolved) with { RedactPhi = request.RedactPhi, SpeakerMap = request.SpeakerMap };
        var client = new LlmClient(resolved.Target, LlmClientOptions.From(settings));
        return (client, options, OperationSetup.OpenCache(settings, !request.PlanOnly, events));
    }
}

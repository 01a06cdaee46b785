using System.Text.Json;
using MedDocs.Core.Documents;
using MedDocs.Core.Phi;

namespace MedDocs.Core.Clinical;

/// <summary>
/// Loads a source and prepares the text a clinical operation sends: WhisperX segments (from a .json file or
/// WhisperX JSON given as text) are rendered as speaker-labelled dialogue with the speaker map, and with
/// <see cref="ClinicalOptions.RedactPhi"/> the local PHI rules engine replaces identifiers with type tags before
/// anything reaches a model.
/// </summary>
public static class ClinicalInputReader
{
    public static async Task<ClinicalInput> ReadAsync(DocumentSource source, DocumentLoader loader, ClinicalOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(options);
        var document = await loader.LoadAsync(source, cancellationToken).ConfigureAwait(false);
        var segments = document.Transcript ?? (source.Path is null ? TranscriptFromText(document.Text) : null);
        var text = segments is not null ? WhisperXTranscript.Render(segments, options.SpeakerMap) : document.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new MedDocsException("EmptyTranscript", ErrorKind.InvalidData,
                HostMessage.Of($"'{source.Name ?? "(text)"}' has no text to work from: it {DocumentWarnings.NoTextReason(document)}."));
        }
        if (!options.RedactPhi)
        {
            return new ClinicalInput(source.Name, segments is not null ? DocumentKind.WhisperX : document.Kind, text, text, 0);
        }
        var findings = new PhiRulesEngine().Find(text);
        var redacted = PhiRedactor.Redact(text, findings, RedactionMode.Tags);
        return new ClinicalInput(source.Name, segments is not null ? DocumentKind.WhisperX : document.Kind, text, redacted.Text, redacted.Replacements);
    }

    /// <summary>WhisperX JSON piped in as text (Get-Content -Raw x.json | New-SoapNote) is a transcript too.</summary>
    private static IReadOnlyList<TranscriptSegment>? TranscriptFromText(string text)
    {
        if (!text.AsSpan().TrimStart().StartsWith("{"))
        {
            return null;
        }
        try
        {
            return WhisperXTranscript.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MedDocs.Core.Documents;

/// <summary>
/// Reads WhisperX JSON transcripts (<c>{"segments":[{"start","end","text","speaker"}]}</c>) and renders them
/// as speaker-labelled dialogue, one turn per line: <c>SPEAKER_00: Hello. How are you?</c>.
/// </summary>
public static class WhisperXTranscript
{
    /// <summary>Label for segments WhisperX could not assign to a speaker (map it like any other label).</summary>
    public const string UnknownSpeaker = "UNKNOWN";

    /// <summary>
    /// Parses WhisperX JSON. Returns null when the JSON is valid but is not a WhisperX transcript
    /// (not an object, or no <c>segments</c> array).
    /// </summary>
    /// <exception cref="JsonException">The text is not valid JSON.</exception>
    public static IReadOnlyList<TranscriptSegment>? Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using (var probe = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }))
        {
            if (probe.RootElement.ValueKind != JsonValueKind.Object
                || !probe.RootElement.TryGetProperty("segments", out var segments)
                || segments.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
        }

        var file = JsonSerializer.Deserialize(json, WhisperXJsonContext.Default.WhisperXFile);
        var result = new List<TranscriptSegment>();
        foreach (var segment in file?.Segments ?? [])
        {
            var text = segment?.Text?.Trim();
            if (segment is null || string.IsNullOrEmpty(text))
            {
                continue;
            }

            var speaker = string.IsNullOrWhiteSpace(segment.Speaker) ? null : segment.Speaker.Trim();
            result.Add(new TranscriptSegment(speaker, segment.Start ?? 0, segment.End ?? segment.Start ?? 0, text));
        }

        return result;
    }

    /// <summary>
    /// Renders segments as dialogue. Consecutive segments whose (mapped) speaker is the same are merged into one
    /// turn. <paramref name="speakerMap"/> renames labels (e.g. <c>SPEAKER_00 → Doctor</c>; keys match case-insensitively);
    /// unmapped labels are kept. Segments without a speaker are labelled <see cref="UnknownSpeaker"/>, unless no
    /// segment has a speaker at all (no diarization), in which case each segment is a plain line.
    /// </summary>
    public static string Render(IReadOnlyList<TranscriptSegment> segments, IReadOnlyDictionary<string, string>? speakerMap = null)
    {
        ArgumentNullException.ThrowIfNull(segments);
        if (!segments.Any(s => s.Speaker is not null))
        {
            return string.Join('\n', segments.Select(s => s.Text));
        }

        var map = speakerMap is null ? null : new Dictionary<string, string>(speakerMap, StringComparer.OrdinalIgnoreCase);
        var builder = new StringBuilder();
        string? currentLabel = null;
        foreach (var segment in segments)
        {
            var raw = segment.Speaker ?? UnknownSpeaker;
            var label = map is not null && map.TryGetValue(raw, out var mapped) && !string.IsNullOrWhiteSpace(mapped) ? mapped.Trim() : raw;
            if (label == currentLabel)
            {
                builder.Append(' ').Append(segment.Text);
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            builder.Append(label).Append(": ").Append(segment.Text);
            currentLabel = label;
        }

        return builder.ToString();
    }

    /// <summary>
    /// Parses a speaker map written as <c>SPEAKER_00=Doctor,SPEAKER_01=Patient</c> (commas or semicolons between
    /// pairs; <c>:</c> also accepted instead of <c>=</c>), as given on a command line.
    /// </summary>
    /// <exception cref="FormatException">A pair has no separator or an empty side.</exception>
    public static IReadOnlyDictionary<string, string> ParseSpeakerMap(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var separator = pair.IndexOfAny(['=', ':']);
            var key = separator > 0 ? pair[..separator].Trim() : "";
            var value = separator > 0 ? pair[(separator + 1)..].Trim() : "";
            if (key.Length == 0 || value.Length == 0)
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"Speaker map entry '{pair}' is not LABEL=Name; write it like SPEAKER_00=Doctor,SPEAKER_01=Patient."));
            }

            map[key] = value;
        }

        return map;
    }
}

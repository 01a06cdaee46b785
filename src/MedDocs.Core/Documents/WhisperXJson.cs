using System.Text.Json.Serialization;

namespace MedDocs.Core.Documents;

/// <summary>The parts of a WhisperX JSON output we read (<c>words</c> and <c>word_segments</c> are ignored).</summary>
internal sealed class WhisperXFile
{
    [JsonPropertyName("segments")]
    public List<WhisperXSegment?>? Segments { get; set; }
}

internal sealed class WhisperXSegment
{
    [JsonPropertyName("start")]
    public double? Start { get; set; }

    [JsonPropertyName("end")]
    public double? End { get; set; }

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("speaker")]
    public string? Speaker { get; set; }
}

[JsonSourceGenerationOptions(AllowTrailingCommas = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(WhisperXFile))]
internal sealed partial class WhisperXJsonContext : JsonSerializerContext;

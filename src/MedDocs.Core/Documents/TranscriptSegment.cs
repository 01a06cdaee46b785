namespace MedDocs.Core.Documents;

/// <summary>One timed segment of a speech transcript (WhisperX).</summary>
/// <param name="Speaker">Diarization label such as <c>SPEAKER_00</c>; null when WhisperX could not assign one.</param>
/// <param name="Start">Start time in seconds from the beginning of the recording.</param>
/// <param name="End">End time in seconds.</param>
/// <param name="Text">The spoken text, trimmed.</param>
public sealed record TranscriptSegment(string? Speaker, double Start, double End, string Text);

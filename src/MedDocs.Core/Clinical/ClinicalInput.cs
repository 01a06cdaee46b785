using MedDocs.Core.Documents;

namespace MedDocs.Core.Clinical;

/// <summary>
/// A transcript ready for the model: <see cref="Text"/> as the user sees it (WhisperX rendered as dialogue) and
/// <see cref="SentText"/>, what leaves the machine (redacted when asked). Entity offsets refer to <see cref="Text"/>.
/// </summary>
public sealed record ClinicalInput(string? Path, DocumentKind Kind, string Text, string SentText, int PhiRedacted);

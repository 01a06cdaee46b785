namespace MedDocs.Core.Categorization;

/// <summary>
/// A word or phrase cue. <see cref="Label"/> is our own wording (from the cue list or the configuration), the only
/// text a <see cref="RulesVerdict.Reason"/> may quote — never the document's own characters.
/// </summary>
internal sealed record PhraseCue(string Phrase, string Label, double Weight, CueKind Kind);

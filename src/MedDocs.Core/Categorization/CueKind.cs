namespace MedDocs.Core.Categorization;

/// <summary>Where a cue counts: as a heading/title (strong, first lines only) or as a body term (weak, saturating).</summary>
internal enum CueKind
{
    Title,
    Term,
}

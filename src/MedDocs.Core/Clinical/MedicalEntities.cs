namespace MedDocs.Core.Clinical;

/// <summary>
/// Turns the entities a model named into checked records: duplicates (the same entity from overlapping chunks)
/// dropped, codes format-checked, vital signs normalised, and each mention located in the source text — or flagged.
/// </summary>
public static class MedicalEntities
{
    public const string NotInText = "NotInText";
    public const string InvalidCode = "InvalidCode";

    public static IReadOnlyList<MedicalEntityRecord> Build(IEnumerable<ExtractedEntity> extracted, string sourceText, string? path, string provider, string model)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        ArgumentNullException.ThrowIfNull(sourceText);
        var locator = new EntityLocator(sourceText);
        var seen = new HashSet<(MedicalEntityType, string, string)>();
        var records = new List<MedicalEntityRecord>();
        foreach (var entity in extracted)
        {
            if (!seen.Add((entity.Type, Key(entity.Text), Key(entity.Name))))
            {
                continue;
            }
            var flags = new List<string>(2);
            // The quoted mention first; a model that paraphrased the mention may still have named it as written.
            var span = locator.Locate(entity.Text) ?? (entity.Name is { } name ? locator.Locate(name) : null);
            if (span is null)
            {
                flags.Add(NotInText);
            }
            string? code = null;
            if (entity.Type == MedicalEntityType.Diagnosis && entity.Code is not null)
            {
                code = IcdCode.Normalize(entity.Code);
                if (code is null)
                {
                    flags.Add(InvalidCode);
                }
            }
            var vital = entity.Type == MedicalEntityType.VitalSign ? VitalSignNormalizer.Normalize(entity.Name ?? entity.Text, entity.Value ?? entity.Text, entity.Unit) : null;
            records.Add(new MedicalEntityRecord
            {
                Path = path,
                Type = entity.Type.ToString(),
                Text = entity.Text,
                Name = entity.Name,
                Code = code,
                Dose = entity.Dose,
                Route = entity.Route,
                Frequency = entity.Frequency,
                Value = entity.Value,
                Unit = entity.Unit,
                NormalizedValue = vital?.Value,
                NormalizedUnit = vital is null || vital.Unit.Length == 0 ? null : vital.Unit,
                Reaction = entity.Reaction,
                Start = span?.Start ?? -1,
                Length = span?.Length ?? 0,
                Found = span is not null,
                Flags = flags.Count == 0 ? null : string.Join(",", flags),
                Provider = provider,
                Model = model,
            });
        }
        return records;
    }

    private static string Key(string? text) =>
        text is null ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
